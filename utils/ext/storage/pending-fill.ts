import { browser } from 'wxt/browser';
import { z } from 'zod';

const Choice = z
  .object({
    code: z.string().max(100),
    libelle: z.string().max(300),
    synonyms: z.array(z.string().max(200)).max(30).optional(),
  })
  .nullable();

/**
 * What the panel hands to the support form's content script: written just before the form's tab is
 * opened, read once there. Only the escalation text and references to screenshots, never images.
 */
export const PendingFillSchema = z.object({
  version: z.literal(1),
  createdAt: z.number().int(),
  draftKey: z.string().max(200),
  /** Shown when the form is opened later, so the wrong draft is not used. */
  label: z.string().max(300),
  email: z.string().max(254),
  subject: z.string().max(500),
  description: z.string().max(50_000),
  thematique: Choice,
  motif: Choice,
  sousMotif: Choice,
  screenshotIds: z.array(z.string().max(100)).max(20),
  /** The case, for the history the duplicate guard reads once the form is sent. */
  ids: z.object({
    menageId: z.string().max(100).nullable(),
    personneId: z.string().max(100).nullable(),
    demandeId: z.string().max(100).nullable(),
  }),
  justification: z.string().max(5000).optional(),
});
export type PendingFill = z.infer<typeof PendingFillSchema>;

const KEY = 'pendingFill';
/** A pending fill older than this is not applied without asking: the person may have moved on. */
export const PENDING_FILL_FRESH_MS = 10 * 60 * 1000;

export async function writePendingFill(fill: PendingFill): Promise<void> {
  await browser.storage.local.set({ [KEY]: PendingFillSchema.parse(fill) });
}

/** The pending fill, or null when there is none or it is unreadable (it is then removed). */
export async function readPendingFill(): Promise<PendingFill | null> {
  const stored = await browser.storage.local.get(KEY);
  if (stored[KEY] === undefined) return null;
  const parsed = PendingFillSchema.safeParse(stored[KEY]);
  if (!parsed.success) {
    await browser.storage.local.remove(KEY);
    return null;
  }
  return parsed.data;
}

export async function clearPendingFill(): Promise<void> {
  await browser.storage.local.remove(KEY);
}
