import type { MessageKey } from '../../i18n';
import { said, type Said } from '../../i18n/said';
import { EscalationCandidateSchema, type EscalationCandidateInput } from './candidate';
import {
  caseRelation,
  categoryKeys,
  categoryRelationOfKeys,
  type CaseKeys,
  type CategoryKeys,
} from './case-match';
import { MATCH_KIND_ORDER, verdictReason, type MatchKind } from './explain';
import { entryFeatures, prepareHistory, isPreparedHistory } from './prepared';
import type { PreparedEntry, PreparedHistory } from './prepared';
import type { EscalationRecord } from './record';
import { compareTexts, type Similarity } from './similarity';
import type { TextFeatures } from './features';

export type Verdict = 'block' | 'warn' | 'allow';

/** One history entry that matters for the candidate, with why (put in words by the page). */
export interface DuplicateMatch {
  readonly entry: EscalationRecord;
  readonly kind: MatchKind;
  readonly reasons: readonly Said[];
}

/** The policy's answer: what to do, the entries to show, and one sentence for the referent. */
export interface Decision {
  readonly verdict: Verdict;
  readonly matches: readonly DuplicateMatch[];
  readonly reason: Said;
  /** Set when a known incident of the national team's feed is the first match. */
  readonly incident?: { readonly title: string; readonly article: string | null };
}

export interface DecideOptions {
  /** An escalation younger than this many days is recent (default 30). */
  readonly windowDays?: number;
  /** Most matches returned (default 10), the most relevant first. */
  readonly maxMatches?: number;
}

const DAY = 86_400_000;

const SIMILARITY_REASON: Record<NonNullable<Similarity['why']>, MessageKey> = {
  erreur: 'dupWhySameError',
  copie: 'dupWhyCopy',
  mots: 'dupWhySimilar',
};

// Arrays given directly are prepared once and reused while they keep their length: the panel and
// the form call decide() on every keystroke with the same history.
const preparedCache = new WeakMap<readonly EscalationRecord[], PreparedHistory>();

function prepared(history: readonly EscalationRecord[] | PreparedHistory): PreparedHistory {
  if (isPreparedHistory(history)) return history;
  const cached = preparedCache.get(history);
  if (cached && cached.entries.length === history.length) return cached;
  const fresh = prepareHistory(history);
  preparedCache.set(history, fresh);
  return fresh;
}

function caseLabel(a: CaseKeys, b: CaseKeys): Said {
  if (a.demandeId && a.demandeId === b.demandeId) return said('dupWhySameDemande');
  if (a.menageId && a.menageId === b.menageId) return said('dupWhySameMenage');
  return said('dupWhySamePersonne');
}

// Another case is only looked at when it shares at least one specific word (or an error line)
// with the candidate within the window: the similarity needs more than that anyway.
const OTHER_CASE_MIN_SHARED = 1;

/**
 * Indices of entries worth a full look: any entry with one of the candidate's case IDs, and recent
 * entries sharing content words or an error call (posting lists are newest first).
 */
function pool(
  h: PreparedHistory,
  c: CaseKeys,
  cat: CategoryKeys,
  f: TextFeatures,
  cutoff: number,
): Set<number> {
  const out = new Set<number>();
  const add = (list: readonly number[] | undefined) => list?.forEach((i) => out.add(i));
  if (c.demandeId) add(h.byDemande.get(c.demandeId));
  if (c.menageId) add(h.byMenage.get(c.menageId));
  if (c.personneId) add(h.byPersonne.get(c.personneId));
  // A typed array and a list of touched slots: far cheaper than a Map over thousands of postings.
  const shared = new Float64Array(h.entries.length);
  const touched: number[] = [];
  const collect = (list: readonly number[] | undefined, w: number) => {
    if (!list) return;
    for (const i of list) {
      const e = h.entries[i];
      if (!e || e.time < cutoff) break;
      // Another case filed under another problem can never warn: skip it here already.
      if (categoryRelationOfKeys(e.category, cat) === 'different') continue;
      if (shared[i] === 0) touched.push(i);
      shared[i] = (shared[i] ?? 0) + w;
    }
  };
  for (const t of f.tokens) collect(h.byToken.get(t), h.weight(t));
  for (const s of f.signatures)
    collect(h.bySignature.get(s.split('#')[0] ?? ''), OTHER_CASE_MIN_SHARED);
  for (const i of touched) if ((shared[i] ?? 0) >= OTHER_CASE_MIN_SHARED) out.add(i);
  return out;
}

interface Judged {
  readonly match: DuplicateMatch;
  readonly score: number;
  readonly time: number;
}

function judge(
  p: PreparedEntry,
  c: CaseKeys,
  cat: CategoryKeys,
  f: TextFeatures,
  h: PreparedHistory,
  now: number,
  windowDays: number,
): Judged | null {
  const e = p.entry;
  const relation = caseRelation(e, c);
  const category = categoryRelationOfKeys(p.category, cat);
  const recent = now - p.time < windowDays * DAY;
  // Another case only matters for a recent report that may be the same incident.
  if (relation === 'other' && (!recent || category === 'different')) return null;
  const sim = compareTexts(p.features, f, h.weight);
  const sameProblem = category === 'same' || sim.similar;
  const reasons: Said[] = [];
  if (relation !== 'other') reasons.push(caseLabel(e, c));
  if (category === 'same')
    reasons.push(said(e.sousMotif && c.sousMotif ? 'dupWhySameSousMotif' : 'dupWhySameMotif'));
  if (sim.why) reasons.push(said(SIMILARITY_REASON[sim.why]));
  const days = Math.max(0, Math.floor((now - p.time) / DAY));
  const resolved = e.status === 'resolved';
  reasons.push(
    days > 1
      ? said(resolved ? 'dupWhyResolvedDays' : 'dupWhyOpenDays', { days })
      : said(resolved ? 'dupWhyResolvedDay' : 'dupWhyOpenDay', { days }),
  );

  let kind: MatchKind | null = null;
  if (relation === 'same' && sameProblem) {
    if (e.status === 'open' && recent) kind = 'meme-cas-meme-probleme';
    else kind = e.status === 'resolved' ? 'meme-cas-probleme-resolu' : 'meme-cas-probleme-ancien';
  } else if (relation === 'related' && sameProblem) kind = 'meme-foyer-meme-probleme';
  else if (relation !== 'other' && recent) kind = 'meme-cas-autre-probleme';
  else if (relation === 'other' && sim.similar) kind = 'meme-probleme-autre-cas';
  if (!kind) return null;
  return { match: { entry: e, kind, reasons }, score: sim.score, time: p.time };
}

/**
 * The duplicate guard (issue 8). `block`: an open escalation younger than the window about the
 * same case (same demande; without demande IDs, same ménage or personne) and the same problem
 * (same sous-motif, same motif when sous-motifs are missing, or a description saying the same
 * thing). `warn`: a recent escalation about the same case and another problem, or about the same
 * problem for another case; or the same case and problem resolved or older than the window.
 * `allow` otherwise. A candidate carrying a justification (« C'est un autre problème ») is warned,
 * never blocked.
 */
export function decide(
  history: readonly EscalationRecord[] | PreparedHistory,
  candidate: EscalationCandidateInput,
  now: Date | string | number,
  options: DecideOptions = {},
): Decision {
  const windowDays = options.windowDays ?? 30;
  const h = prepared(history);
  const c = EscalationCandidateSchema.parse(candidate);
  const nowMs =
    now instanceof Date ? now.getTime() : typeof now === 'number' ? now : Date.parse(now);
  const f = entryFeatures({ ...c, createdAt: c.createdAt ?? new Date(nowMs).toISOString() });

  const cat = categoryKeys(c);
  const judged: Judged[] = [];
  for (const i of pool(h, c, cat, f, nowMs - windowDays * DAY)) {
    const p = h.entries[i];
    if (!p || (c.ticketNumber && p.entry.ticketNumber === c.ticketNumber)) continue;
    const j = judge(p, c, cat, f, h, nowMs, windowDays);
    if (j) judged.push(j);
  }
  judged.sort(
    (a, b) =>
      MATCH_KIND_ORDER.indexOf(a.match.kind) - MATCH_KIND_ORDER.indexOf(b.match.kind) ||
      b.score - a.score ||
      b.time - a.time,
  );
  const matches = judged.slice(0, options.maxMatches ?? 10).map((j) => j.match);
  const first = matches[0];
  let verdict: Verdict = !first
    ? 'allow'
    : first.kind === 'meme-cas-meme-probleme'
      ? 'block'
      : 'warn';
  if (verdict === 'block' && c.justification) verdict = 'warn';
  return { verdict, matches, reason: verdictReason(verdict, first, matches.length, windowDays) };
}
