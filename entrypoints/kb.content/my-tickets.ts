import { browser } from 'wxt/browser';
import { readMesTickets } from '../../utils/sites/kb/tickets-page';

/** « Mes tickets »: the referent's tickets feed the history (statuses kept current). */
export async function importMyTickets(): Promise<void> {
  const rows = readMesTickets(document, location.href);
  if (rows.length)
    await browser.runtime.sendMessage({ type: 'importMesTickets', rows }).catch(() => undefined);
}
