/**
 * Reader for the knowledge base's « Mes tickets » page (HubSpot customer portal): the referent's
 * tickets as { ticketNumber, subject, status, date, url }. Columns and fields are found by their
 * label text (« N° », « Objet », « Statut », « Date de création »…), never by class, so that the
 * table layout (tests/fixtures/kb/mes-tickets.html) and the card layout
 * (tests/fixtures/kb/mes-tickets-cards.html) both read, and so would a portal theme change.
 */
import { fold } from '../../core/text/french';
import { MesTicketsRowSchema, type MesTicketsRow } from '../../core/duplicates/mes-tickets-row';

/** Label texts (folded) of each field, tried in order. */
export const TICKET_FIELD_LABELS = {
  ticketNumber: /^(?:n ?°|no\b|num|numero|ticket|reference|ref\b|id\b|#)/,
  subject: /^(?:objet|sujet|titre|intitule|demande)/,
  status: /^(?:statut|etat|status)/,
  date: /^(?:date|cree|creation|ouvert le|envoye)/,
} as const;
type Field = keyof typeof TICKET_FIELD_LABELS;

/** Links to a ticket: /support/kb-tickets/<number> on the knowledge base. */
export const TICKET_LINK = /\/kb-tickets\/(\d+)(?:[/?#]|$)/;

/** Status labels of the portal, folded; anything else counts as open (still being handled). */
const RESOLVED = /^(?:resolu|ferme|clos|cloture|termine|closed|resolved|archive)/;

const MONTHS: Record<string, number> = {
  janv: 1,
  janvier: 1,
  fevr: 2,
  fev: 2,
  fevrier: 2,
  mars: 3,
  avr: 4,
  avril: 4,
  mai: 5,
  juin: 6,
  juil: 7,
  juillet: 7,
  aout: 8,
  sept: 9,
  septembre: 9,
  oct: 10,
  octobre: 10,
  nov: 11,
  novembre: 11,
  dec: 12,
  decembre: 12,
};

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const label = (s: string | null | undefined) => fold(clean(s)).replace(/\s*:\s*$/, '');

function fieldOf(text: string): Field | null {
  const folded = label(text);
  if (!folded || folded.length > 40) return null;
  for (const field of Object.keys(TICKET_FIELD_LABELS) as Field[]) {
    if (TICKET_FIELD_LABELS[field].test(folded)) return field;
  }
  return null;
}

/** The day a date cell shows, as an ISO string (UTC midnight, or the time when one is shown). */
export function parsePortalDate(text: string): string | null {
  const t = fold(clean(text));
  const time = t.match(/(\d{1,2})[:h](\d{2})/);
  const [hh, mm] = time ? [Number(time[1]), Number(time[2])] : [0, 0];
  let y = 0;
  let m = 0;
  let d = 0;
  let match: RegExpMatchArray | null;
  if ((match = t.match(/\b(\d{4})-(\d{2})-(\d{2})/)))
    [y, m, d] = [+match[1]!, +match[2]!, +match[3]!];
  else if ((match = t.match(/\b(\d{1,2})[/.](\d{1,2})[/.](\d{2,4})\b/))) {
    [d, m, y] = [+match[1]!, +match[2]!, +match[3]!];
    if (y < 100) y += 2000;
  } else if ((match = t.match(/\b(\d{1,2})(?:er)? ([a-z]+)\.? (\d{4})\b/))) {
    [d, m, y] = [+match[1]!, MONTHS[match[2]!] ?? 0, +match[3]!];
  }
  if (!y || m < 1 || m > 12 || d < 1 || d > 31) return null;
  return new Date(Date.UTC(y, m - 1, d, hh, mm)).toISOString();
}

function absolute(href: string, baseUrl: string | undefined): string {
  try {
    return new URL(href, baseUrl).toString();
  } catch {
    return href;
  }
}

function row(
  values: Partial<Record<Field, string>>,
  link: HTMLAnchorElement | null,
  baseUrl: string | undefined,
): MesTicketsRow | null {
  const href = link?.getAttribute('href') ?? '';
  const ticketNumber = href.match(TICKET_LINK)?.[1] ?? values.ticketNumber?.match(/\d{3,}/)?.[0];
  const date = parsePortalDate(values.date ?? '');
  if (!ticketNumber || !date) return null;
  const linkText = clean(link?.textContent);
  const subject = values.subject ?? (linkText && !/^#?\d+$/.test(linkText) ? linkText : '');
  const parsed = MesTicketsRowSchema.safeParse({
    ticketNumber,
    subject,
    status: RESOLVED.test(label(values.status)) ? 'resolved' : 'open',
    date,
    url: absolute(href || `/support/kb-tickets/${ticketNumber}`, baseUrl),
  });
  return parsed.success ? parsed.data : null;
}

function readTables(doc: Document, baseUrl: string | undefined): MesTicketsRow[] {
  const out: MesTicketsRow[] = [];
  for (const table of Array.from(doc.querySelectorAll('table'))) {
    const rows = Array.from(table.querySelectorAll('tr'));
    const headIndex = rows.findIndex((r) => r.querySelector('th') !== null);
    const head = rows[headIndex];
    if (!head) continue;
    const columns = Array.from(head.children).map((cell) => fieldOf(cell.textContent ?? ''));
    if (!columns.includes('status') && !columns.includes('subject')) continue;
    for (const tr of rows.slice(headIndex + 1)) {
      const values: Partial<Record<Field, string>> = {};
      Array.from(tr.children).forEach((cell, i) => {
        const field = columns[i];
        if (field) values[field] = clean(cell.textContent);
      });
      const link = Array.from(tr.querySelectorAll('a')).find((a) =>
        TICKET_LINK.test(a.getAttribute('href') ?? ''),
      );
      const r = row(values, link ?? null, baseUrl);
      if (r) out.push(r);
    }
  }
  return out;
}

/** Label → value pairs inside a card: dt/dd, a label element and its next sibling, « Label : value ». */
function cardValues(card: Element): Partial<Record<Field, string>> {
  const values: Partial<Record<Field, string>> = {};
  const set = (field: Field | null, value: string) => {
    if (field && value && values[field] === undefined) values[field] = value;
  };
  for (const el of Array.from(card.querySelectorAll('*'))) {
    const own = clean(el.textContent);
    if (el.tagName === 'DT') set(fieldOf(own), clean(el.nextElementSibling?.textContent));
    else if (el.children.length === 0 && /:\s*$/.test(own)) {
      set(fieldOf(own), clean(el.nextElementSibling?.textContent));
    } else if (el.children.length === 0) {
      const m = own.match(/^([^:]{2,40}):\s*(.+)$/);
      if (m) set(fieldOf(m[1] ?? ''), clean(m[2]));
    }
  }
  const heading = card.querySelector('h1, h2, h3, h4, h5');
  if (values.subject === undefined && heading) values.subject = clean(heading.textContent);
  return values;
}

/** The largest ancestor of a ticket link that holds no other ticket: the card. */
function cardOf(link: Element, number: string): Element {
  let card: Element = link;
  for (let el = link.parentElement; el && el.tagName !== 'BODY'; el = el.parentElement) {
    const numbers = new Set(
      Array.from(el.querySelectorAll('a'))
        .map((a) => a.getAttribute('href')?.match(TICKET_LINK)?.[1])
        .filter(Boolean),
    );
    if (numbers.size > 1 || !numbers.has(number)) break;
    card = el;
  }
  return card;
}

function readCards(doc: Document, baseUrl: string | undefined): MesTicketsRow[] {
  const out: MesTicketsRow[] = [];
  for (const link of Array.from(doc.querySelectorAll('a[href]'))) {
    if (link.closest('table')) continue;
    const number = link.getAttribute('href')?.match(TICKET_LINK)?.[1];
    if (!number) continue;
    const r = row(cardValues(cardOf(link, number)), link as HTMLAnchorElement, baseUrl);
    if (r) out.push(r);
  }
  return out;
}

/**
 * Tickets listed on a « Mes tickets » page, in page order, each once. Rows without a ticket number
 * or a readable date are skipped (nothing to merge them by, nothing to date them with).
 */
export function readMesTickets(
  doc: Document,
  baseUrl: string | undefined = doc.URL,
): MesTicketsRow[] {
  const base = baseUrl && /^https?:/.test(baseUrl) ? baseUrl : undefined;
  const seen = new Set<string>();
  return [...readTables(doc, base), ...readCards(doc, base)].filter((r) => {
    if (seen.has(r.ticketNumber)) return false;
    seen.add(r.ticketNumber);
    return true;
  });
}
