import { browser } from 'wxt/browser';
import { z } from 'zod';
import { FillContentSchema } from '../../core/escalation/to-fill';

/**
 * What the panel hands to the support form's content script: written just before the form's tab is
 * opened, read once there. Only the escalation text and references to screenshots, never images.
 */
export const PendingFillSchema = FillContentSchema.extend({
  version: z.literal(1),
  createdAt: z.number().int(),
});
export type PendingFill = z.infer<typeof PendingFillSchema>;

// Raw storage.local, not a WXT item: the knowledge-base content script reads it, and
// @wxt-dev/storage 1.3.0 alone weighs 3,680 B gzip (esbuild, minified) against the 3,952 B that
// kb.js had left under its budget (61,584 of 65,536 B, last measured build). The value carries
// its own `version`, checked by the schema above.
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
