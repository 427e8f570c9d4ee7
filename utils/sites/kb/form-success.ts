/**
 * Did the support form go through, and under which ticket number? HubSpot replaces a legacy form
 * by `.submitted-message` and a new-style one by its post-submit block, or redirects to a page;
 * the ticket number, when shown, is in that message or in the address of the ticket's page.
 */
import { z } from 'zod';
import { findFormRoots, isRecognised, readFormView } from './form-view';
import { waitForDom } from './form-wait';
import { legacySubmittedMessage } from './hubspot-legacy';
import { newPostSubmit } from './hubspot-new';

/** What is known about a submission. */
export interface SubmissionResult {
  submitted: boolean;
  ticketNumber: string | null;
  /** Address of the ticket's page, absolute, when shown. */
  url: string | null;
  /** The thank-you text, trimmed, when there is one. */
  message: string | null;
}

const NOT_SUBMITTED: SubmissionResult = {
  submitted: false,
  ticketNumber: null,
  url: null,
  message: null,
};

/** A ticket's own page: `/support/kb-tickets/12345` (not `/new`). */
const TICKET_PATH = /\/kb-tickets\/(?!new\b)([A-Za-z0-9-]*\d[A-Za-z0-9-]*)\/?(?:[?#]|$)/;

/** Thank-you wording, once the form is gone. */
const THANKS =
  /\bmerci\b|a bien été (?:envoy|enregistr|transmis|reçu|cré)|thanks for submitting|thank you/i;

const TICKET_PATTERNS = [
  // « Ticket n° 12345 », « ticket no 12345 », « Ticket numéro 12345 », « ticket #12345 »
  /\bticket\s*(?:n\s*[°º]|no\.?|n\.|num[ée]ro|#)\s*:?\s*#?\s*([A-Za-z0-9-]*\d[A-Za-z0-9-]*)/i,
  // « numéro de ticket : 12345 », « numéro de suivi : T-2024-001 »
  /\bnum[ée]ro\s+(?:de\s+(?:ticket|suivi|demande|dossier)\s*)?:?\s*#?\s*([A-Za-z0-9-]*\d[A-Za-z0-9-]*)/i,
  // « demande #12345 »
  /\b(?:demande|ticket)\s+#\s*([A-Za-z0-9-]*\d[A-Za-z0-9-]*)/i,
];

/** The ticket number written in a text, or null. */
export function extractTicketNumber(text: string): string | null {
  const flat = text.replace(/\s+/g, ' ');
  for (const pattern of TICKET_PATTERNS) {
    const match = pattern.exec(flat);
    if (match?.[1]) return match[1];
  }
  return null;
}

/** The ticket number in a ticket page's address, or null. */
export function ticketFromUrl(url: string): string | null {
  return TICKET_PATH.exec(url)?.[1] ?? null;
}

/**
 * Reads a document for signs of a successful submission: HubSpot's thank-you block, the address
 * of a ticket's page, or (when no form is left) thank-you wording. Looks into same-origin iframes.
 */
export function detectSubmission(doc: Document): SubmissionResult {
  const href = doc.location?.href ?? '';
  const success = successElement(doc);
  if (success) return fromMessage(success, href);
  const fromAddress = ticketFromUrl(href);
  if (fromAddress) return { submitted: true, ticketNumber: fromAddress, url: href, message: null };
  // Cheapest test first: this runs after every DOM change while the person fills the form.
  const body = doc.body?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const ticketNumber = THANKS.test(body) ? extractTicketNumber(body) : null;
  if (!ticketNumber) return NOT_SUBMITTED;
  const formLeft = findFormRoots(doc).some((found) => isRecognised(readFormView(found)));
  return formLeft ? NOT_SUBMITTED : { submitted: true, ticketNumber, url: null, message: null };
}

function successElement(doc: Document, depth = 0): HTMLElement | null {
  const here = doc.querySelector<HTMLElement>(`${legacySubmittedMessage}, ${newPostSubmit}`);
  if (here || depth >= 3) return here;
  for (const iframe of Array.from(doc.querySelectorAll('iframe'))) {
    try {
      const inner = iframe.contentDocument;
      const found = inner ? successElement(inner, depth + 1) : null;
      if (found) return found;
    } catch {
      // cross-origin frame
    }
  }
  return null;
}

function fromMessage(el: HTMLElement, base: string): SubmissionResult {
  const message = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  const link = Array.from(el.querySelectorAll<HTMLAnchorElement>('a[href]')).find((a) =>
    ticketFromUrl(absolute(a.getAttribute('href') ?? '', base)),
  );
  const url = link ? absolute(link.getAttribute('href') ?? '', base) : null;
  const ticketNumber = extractTicketNumber(message) ?? (url ? ticketFromUrl(url) : null);
  return { submitted: true, ticketNumber, url, message: message || null };
}

function absolute(href: string, base: string): string {
  try {
    return new URL(href, base || undefined).href;
  } catch {
    return href;
  }
}

/**
 * Resolves when the document shows a successful submission, or null after `timeoutMs` (default:
 * an hour, a person may take their time); rejects when `signal` aborts.
 */
export function waitForSubmission(
  doc: Document,
  opts: { signal?: AbortSignal; timeoutMs?: number } = {},
): Promise<SubmissionResult | null> {
  const probe = (): SubmissionResult | null => {
    const result = detectSubmission(doc);
    return result.submitted ? result : null;
  };
  return waitForDom(doc, probe, { signal: opts.signal, timeoutMs: opts.timeoutMs ?? 3_600_000 });
}

/** The `postMessage` a legacy HubSpot embed sends to its page (`onFormReady`, `onFormSubmitted`…). */
export const hsFormCallbackSchema = z.object({
  type: z.literal('hsFormCallback'),
  eventName: z.string(),
  id: z.string().optional(),
  data: z.unknown().optional(),
});
export type HsFormCallback = z.infer<typeof hsFormCallbackSchema>;

/** Reads a `message` event's data as a HubSpot form callback, or null when it is not one. */
export function parseHsFormCallback(data: unknown): HsFormCallback | null {
  const parsed = hsFormCallbackSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}
