import { tell } from '../../utils/ext/protocol/tell';
import { readMesTickets } from '../../utils/sites/kb/tickets-page';

/** « Mes tickets »: the referent's tickets feed the history (statuses kept current). */
export async function importMyTickets(): Promise<void> {
  const rows = readMesTickets(document, location.href);
  if (rows.length) await tell('importMesTickets', { rows }).catch(() => undefined);
}
