import { browser } from 'wxt/browser';
import { downloadBlob } from './download';
import { said, type Said } from '../i18n/said';

/** Why no report could be made, in French. */
/** Why no report was made: `said` for the panel, the French `message` for logs. */
export class DetectionReportError extends Error {
  constructor(
    message: string,
    readonly said: Said,
  ) {
    super(message);
  }
}

/**
 * Makes the detection report of the SI SIAO tab and downloads it as a file for the référent to
 * attach to a ticket. Nothing is sent anywhere.
 */
export async function downloadDetectionReport(tabId: number, now = new Date()): Promise<string> {
  let result: unknown;
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: ['/sisiao-report.js'] });
    const [first] = await browser.scripting.executeScript({
      target: { tabId },
      func: () =>
        (globalThis as { __arsDetectionReport?: () => Promise<unknown> }).__arsDetectionReport?.(),
    });
    result = first?.result;
  } catch {
    throw new DetectionReportError(
      'Le rapport n’a pas pu être fait : la page du SI SIAO ne répond pas. Rechargez-la puis réessayez.',
      said('reportNoAnswer'),
    );
  }
  if (!result || typeof result !== 'object')
    throw new DetectionReportError(
      'Le rapport n’a pas pu être fait : les règles de détection ne sont pas disponibles.',
      said('reportNoRules'),
    );
  const stamp = now.toISOString().slice(0, 16).replace(/[:T]/g, '-');
  const name = `rapport-detection-${stamp}.json`;
  downloadBlob(new Blob([JSON.stringify(result, null, 2)], { type: 'application/json' }), name);
  return name;
}
