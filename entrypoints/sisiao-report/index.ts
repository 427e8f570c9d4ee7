import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readEffectiveRules } from '../../utils/ext/storage/effective-rules';
import { buildDetectionReport } from '../../utils/sites/sisiao/detection-report';

/**
 * « Signaler une détection incorrecte »: injected into the SI SIAO tab by the side panel on that
 * click only (kept out of the content script, which runs on every screen). It leaves a function
 * the panel's next injection calls; the report never leaves the browser unless the référent
 * attaches the file to a ticket.
 */
export default defineUnlistedScript(() => {
  const g = globalThis as { __arsDetectionReport?: () => Promise<unknown> };
  g.__arsDetectionReport = async () => {
    const rules = await readEffectiveRules();
    if (!rules) return null;
    return buildDetectionReport(document, location.href, rules.detection, rules.masking);
  };
});
