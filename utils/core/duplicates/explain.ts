import type { MessageKey } from '../../i18n';
import { said, type Said } from '../../i18n/said';
import type { EscalationRecord } from './record';

/** What links a history entry to the candidate; the policy picks the verdict from it. */
export type MatchKind =
  | 'meme-cas-meme-probleme'
  | 'meme-cas-probleme-resolu'
  | 'meme-cas-probleme-ancien'
  | 'meme-cas-autre-probleme'
  | 'meme-foyer-meme-probleme'
  | 'meme-probleme-autre-cas';

/** Order in which matches are shown: what blocks first, then what is most useful to read. */
export const MATCH_KIND_ORDER: readonly MatchKind[] = [
  'meme-cas-meme-probleme',
  'meme-probleme-autre-cas',
  'meme-foyer-meme-probleme',
  'meme-cas-probleme-resolu',
  'meme-cas-probleme-ancien',
  'meme-cas-autre-probleme',
];

/** `dd/mm/yyyy` in UTC, the way the knowledge base shows dates. */
export function frenchDate(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/** « le ticket n° 48210 du 03/10/2025 », or « une escalade du … » for an unsent entry. */
export function describeEntry(entry: EscalationRecord): Said {
  const date = frenchDate(entry.createdAt);
  return entry.ticketNumber
    ? said('dupEntryTicket', { number: entry.ticketNumber, date })
    : said('dupEntryUnsent', { date });
}

const KIND_REASON: Record<MatchKind, MessageKey> = {
  'meme-cas-meme-probleme': 'dupReasonSameCase',
  'meme-probleme-autre-cas': 'dupReasonOtherCase',
  'meme-foyer-meme-probleme': 'dupReasonHousehold',
  'meme-cas-probleme-resolu': 'dupReasonResolved',
  'meme-cas-probleme-ancien': 'dupReasonOld',
  'meme-cas-autre-probleme': 'dupReasonOtherProblem',
};

/**
 * The one-sentence reason for a verdict, from the first (most relevant) match. The subject is not
 * in it: the list of tickets under it shows each subject, as written.
 */
export function verdictReason(
  verdict: 'block' | 'warn' | 'allow',
  first: { entry: EscalationRecord; kind: MatchKind } | undefined,
  count: number,
  windowDays: number,
): Said {
  if (!first || verdict === 'allow') return said('dupReasonNone');
  const key =
    first.kind === 'meme-cas-meme-probleme' && verdict !== 'block'
      ? 'dupReasonSameCaseJustified'
      : KIND_REASON[first.kind];
  const more =
    count > 2 ? said('dupMoreMany', { n: count - 1 }) : count > 1 ? said('dupMoreOne') : '';
  return said(key, { what: describeEntry(first.entry), more, days: windowDays });
}
