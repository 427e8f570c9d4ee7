import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { fieldBox } from '../../utils/sites/kb/field-box';
import type { FormView } from '../../utils/sites/kb/form-view';
import { showBanner } from './banner';
import { readFormValues } from './form-values';
import { checkForm, coverSubmit, removeCover } from './guard';
import type { PageState } from './page-state';
import { showSuggestions } from './suggestions-box';
import { kt } from './text';

/** Runs the duplicate guard on what the form holds, as the person types (debounced). */
export function guardAsTyped(ctx: ContentScriptContext, view: FormView, state: PageState): void {
  let timer: number | undefined;
  const run = async () => {
    const values = readFormValues(view);
    state.lastValues = values;
    const description = fieldBox(view, 'description');
    if (description) void showSuggestions(description, `${values.subject} ${values.description}`);
    const verdict = await checkForm(values, state.ids, state.justification);
    if (verdict?.verdict === 'block' && !state.justification) {
      coverSubmit(view, verdict, (text) => {
        state.justification = text;
        showBanner({ tone: 'info', title: kt('justified') });
      });
    } else {
      removeCover();
    }
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = ctx.setTimeout(() => void run(), 500);
  };
  ctx.addEventListener(view.root.ownerDocument, 'input', schedule, { capture: true });
  ctx.addEventListener(view.root.ownerDocument, 'change', schedule, { capture: true });
  // Values are read at the moment of sending, before the form gives way to its thank-you message.
  ctx.addEventListener(
    view.root.ownerDocument,
    'submit',
    () => {
      state.lastValues = readFormValues(view);
    },
    { capture: true },
  );
  schedule();
}
