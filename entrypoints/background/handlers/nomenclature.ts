import type { Browser } from 'wxt/browser';
import { OBSERVED_LIMITS } from '../../../utils/core/nomenclature/observed';
import { SUPPORT_FORM_PATH } from '../../../utils/core/origins';
import { recordNomenclatureReads } from '../../../utils/ext/storage/observed-nomenclature';
import type { nomenclatureObserved } from '../../../utils/ext/protocol/messages/settings';
import type { ParsedRequestOf } from '../../../utils/ext/protocol/define';
import { currentKbOrigin } from '../kb-origin';

/** Only the support form of the knowledge base in force speaks for the nomenclature. */
async function fromSupportForm(sender: Browser.runtime.MessageSender): Promise<boolean> {
  const raw = sender.url ?? sender.tab?.url;
  if (!raw || sender.tab?.id === undefined) return false;
  try {
    const url = new URL(raw);
    const path = url.pathname.replace(/\/$/, '');
    return url.origin === (await currentKbOrigin()) && path === SUPPORT_FORM_PATH;
  } catch {
    return false;
  }
}

/** Keeps what the form offers as the observed nomenclature (merged, never erased by a bad read). */
export async function handleNomenclatureObserved(
  { reads }: ParsedRequestOf<typeof nomenclatureObserved>,
  sender: Browser.runtime.MessageSender,
) {
  if (!(await fromSupportForm(sender))) return { ok: false };
  const merged = await recordNomenclatureReads(reads);
  return {
    ok: true,
    thematiques: Math.min(merged?.thematiques.length ?? 0, OBSERVED_LIMITS.thematiques),
  };
}
