import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  observeNomenclature,
  type NomenclatureObserver,
} from '../../utils/sites/kb/nomenclature-observer';
import type { FormView } from '../../utils/sites/kb/form-view';
import { tell } from '../../utils/ext/protocol/tell';

/**
 * The form's own nomenclature lists, reported to the background as they show (it keeps them as
 * the observed nomenclature the side panel offers). A failed send is only a missed observation,
 * and an observer that fails never stops the fill (null).
 */
export function watchNomenclature(
  ctx: ContentScriptContext,
  view: FormView,
): NomenclatureObserver | null {
  try {
    const observer = observeNomenclature(view, {
      signal: ctx.signal,
      onReads: (reads) => {
        tell('nomenclatureObserved', { reads }).catch(() => undefined);
      },
    });
    observer.readNow();
    return observer;
  } catch (err) {
    console.warn('[assistant] lecture de la nomenclature du formulaire impossible', err);
    return null;
  }
}
