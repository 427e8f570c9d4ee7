import { z } from 'zod';
import { EscalationRecordSchema, type EscalationRecord } from './record';

/** One row of the knowledge base's « Mes tickets » page, as the reader returns it. */
export const MesTicketsRowSchema = z.object({
  ticketNumber: z.string().min(1),
  subject: z.string(),
  status: z.enum(['open', 'resolved']),
  /** ISO date (the page shows the day only). */
  date: z.string(),
  url: z.string(),
});
export type MesTicketsRow = z.infer<typeof MesTicketsRowSchema>;

/**
 * History entries for the tickets read on « Mes tickets ». The page gives no case IDs nor
 * description: merged by ticket number with what the form recorded, they mostly bring the status;
 * alone they can only warn (no case to block on).
 */
export function recordsFromMesTickets(
  rows: readonly MesTicketsRow[],
  userEmail?: string,
): EscalationRecord[] {
  return rows.map((r) =>
    EscalationRecordSchema.parse({
      subject: r.subject,
      description: '',
      createdAt: r.date,
      status: r.status,
      ticketNumber: r.ticketNumber,
      ticketUrl: r.url,
      userEmail,
      source: 'mes-tickets',
    }),
  );
}
