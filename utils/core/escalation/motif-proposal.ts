import type { PageKind, TechSignal } from '../context';
import type { Motif, Nomenclature, SousMotif, Thematique } from '../nomenclature/schema';
import { words } from '../text/french';
import { findPhrase, matchTokens } from './keyword-match';
import { anomalyClues, clueStrength, howToClues } from './signals';

/**
 * Proposes a thématique / motif / sous-motif from the SI SIAO page in focus, the referent's text
 * and the technical errors captured. Knowledge lives in the nomenclature (keywords, page kinds,
 * levels) so a replaced nomenclature proposes from its own words; the referent always confirms.
 */

export interface MotifProposalInput {
  pageKind?: PageKind | null;
  /** Summary, description, result obtained… as written. */
  text: string;
  signals?: readonly TechSignal[];
}

export interface MotifProposal {
  thematique: string;
  motif: string;
  sousMotif: string | null;
  /** 0 to 1: how much the evidence points here rather than elsewhere. */
  confidence: number;
  /** Plain French: the words and clues that led here. */
  reasons: string[];
}

interface Phrase {
  keys: string[];
  label: string;
  /** For a phrase made only of stop words (« où en est »): matched as words in sequence. */
  raw: string | null;
}

/** Weight of a stop-word phrase: as telling as one specific word. */
const RAW_PHRASE_WEIGHT = 2;

/** Words of a text joined by single spaces and padded, for whole-word substring matching. */
function wordLine(text: string): string {
  return ` ${words(text).join(' ')} `;
}

interface IndexedNode {
  phrases: Phrase[];
}

interface Index {
  weight: (key: string) => number;
  nodes: Map<Thematique | Motif | SousMotif, IndexedNode>;
}

const cache = new WeakMap<Nomenclature, Index>();

function phrasesOf(node: Thematique | Motif | SousMotif): Phrase[] {
  // The libellé counts as a keyword: « fusion des personnes » names itself.
  return [node.libelle, ...(node.keywords ?? [])]
    .map((label) => {
      const keys = matchTokens(label);
      const raw = keys.length ? null : wordLine(label);
      return { label, keys, raw };
    })
    .filter((p) => p.keys.length > 0 || (p.raw ?? '').trim() !== '');
}

/** Words used by many entries (« demande ») weigh less than words used by one (« annuler »). */
function buildIndex(n: Nomenclature): Index {
  const nodes = new Map<Thematique | Motif | SousMotif, IndexedNode>();
  for (const t of n.thematiques) {
    nodes.set(t, { phrases: phrasesOf(t) });
    for (const m of t.motifs) {
      nodes.set(m, { phrases: phrasesOf(m) });
      for (const s of m.sousMotifs) nodes.set(s, { phrases: phrasesOf(s) });
    }
  }
  const df = new Map<string, number>();
  for (const { phrases } of nodes.values()) {
    for (const key of new Set(phrases.flatMap((p) => p.keys))) df.set(key, (df.get(key) ?? 0) + 1);
  }
  const total = nodes.size;
  return { nodes, weight: (key) => 1 + Math.log(total / (df.get(key) ?? 1)) / 2 };
}

function indexOf(n: Nomenclature): Index {
  let index = cache.get(n);
  if (!index) {
    index = buildIndex(n);
    cache.set(n, index);
  }
  return index;
}

/** The text as match keys (for keywords) and as a word line (for stop-word phrases). */
interface TextForm {
  keys: string[];
  line: string;
}

interface NodeScore {
  score: number;
  matched: string[];
}

/** Each word of the text counts once per entry, with the weight of the best phrase covering it. */
function scoreNode(index: Index, node: Thematique | Motif | SousMotif, text: TextForm): NodeScore {
  const covered = new Map<number, number>();
  const matched: string[] = [];
  let bonus = 0;
  let phraseBonus = 0;
  for (const phrase of index.nodes.get(node)?.phrases ?? []) {
    if (phrase.raw !== null) {
      if (text.line.includes(phrase.raw)) {
        matched.push(phrase.label);
        bonus += RAW_PHRASE_WEIGHT;
      }
      continue;
    }
    const positions = findPhrase(text.keys, phrase.keys);
    if (!positions) continue;
    matched.push(phrase.label);
    positions.forEach((pos, i) => {
      const w = index.weight(phrase.keys[i] ?? '');
      covered.set(pos, Math.max(covered.get(pos) ?? 0, w));
    });
    // Several words of one phrase together are stronger evidence than the same words apart.
    phraseBonus = Math.max(phraseBonus, (phrase.keys.length - 1) * 0.75);
  }
  let score = bonus + phraseBonus;
  for (const w of covered.values()) score += w;
  return { score, matched };
}

interface Candidate {
  thematique: Thematique;
  motif: Motif;
  sousMotif: SousMotif | null;
  score: number;
  /** A level-2 entry for a text that reads as an anomaly: ranked before any level-1 entry. */
  anomalyFirst: boolean;
  reasons: string[];
}

const PAGE_BOOST = 1.5;
const ANOMALY_BOOST = 2;
const MIN_SCORE = 1.2;

function candidatesFor(n: Nomenclature, input: MotifProposalInput): Candidate[] {
  const index = indexOf(n);
  const text: TextForm = { keys: matchTokens(input.text), line: wordLine(input.text) };
  const anomaly = anomalyClues(input.text, input.signals ?? []);
  const a = clueStrength(anomaly);
  // Only a strong clue puts level 2 first: « le lien ne marche pas » is often a known case the
  // knowledge base answers (an expired link), so a weak clue only adds weight.
  const strongAnomaly = a >= 2;
  const weakAnomaly = a >= 1 && clueStrength(howToClues(input.text)) === 0;
  const out: Candidate[] = [];
  for (const t of n.thematiques) {
    const ts = scoreNode(index, t, text);
    for (const m of t.motifs) {
      const ms = scoreNode(index, m, text);
      let best: { s: SousMotif; score: NodeScore } | null = null;
      for (const s of m.sousMotifs) {
        const ss = scoreNode(index, s, text);
        if (ss.score > 0 && (!best || ss.score > best.score.score)) best = { s, score: ss };
      }
      const level = best?.s.level ?? m.level ?? t.level;
      const reasons = [...ts.matched, ...ms.matched, ...(best?.score.matched ?? [])].map(
        (w) => `« ${w} »`,
      );
      let score = ts.score + ms.score + (best?.score.score ?? 0);
      if (input.pageKind && m.pageKinds?.includes(input.pageKind)) {
        score += PAGE_BOOST;
        reasons.push(`page ${input.pageKind}`);
      }
      // An anomaly goes to the level-2 entries whatever it is about (« erreur en annulant une
      // demande » is for the national team), the functional reading staying as an alternative.
      const anomalyFirst = strongAnomaly && level === 2;
      if ((strongAnomaly || weakAnomaly) && level === 2) {
        score += ANOMALY_BOOST;
        reasons.push(...anomaly.map((c) => c.reason));
      }
      out.push({
        thematique: t,
        motif: m,
        sousMotif: best?.s ?? null,
        score,
        anomalyFirst,
        reasons,
      });
    }
  }
  return out;
}

/**
 * Strength of the evidence (saturating) times its lead: the leader by how far ahead of its
 * runner-up it is, the others by how close to the leader they come.
 */
function confidenceOf(score: number, leader: boolean, runnerUp: number, best: number): number {
  const strength = 1 - Math.exp(-score / 4);
  const lead = leader
    ? 0.4 + (0.6 * Math.max(0, score - runnerUp)) / score
    : 0.4 * Math.min(1, score / best);
  return Math.round(strength * lead * 100) / 100;
}

/**
 * Every motif that the evidence points to, best first, each with its best sous-motif (null when
 * none of its sous-motifs is named); motifs with too little evidence are left out.
 */
export function rankMotifs(n: Nomenclature, input: MotifProposalInput): MotifProposal[] {
  const ranked = candidatesFor(n, input)
    .filter((c) => c.score >= MIN_SCORE)
    .sort((x, y) => y.score - x.score);
  // The best level-2 entry leads an anomaly; the rest keep their order, so the functional
  // reading (« annulation ») comes next rather than other level-2 entries with the boost alone.
  const lead = ranked.findIndex((c) => c.anomalyFirst);
  if (lead > 0) ranked.unshift(...ranked.splice(lead, 1));
  const best = ranked[0]?.score ?? 0;
  // An anomaly leader is measured against the next level-2 entry, not the functional reading.
  const rivals = ranked.filter((c) => c.anomalyFirst === ranked[0]?.anomalyFirst);
  const runnerUp = rivals[1]?.score ?? 0;
  return ranked.map((c, i) => ({
    thematique: c.thematique.code,
    motif: c.motif.code,
    sousMotif: c.sousMotif?.code ?? null,
    confidence: confidenceOf(c.score, i === 0, runnerUp, best),
    reasons: [...new Set(c.reasons)],
  }));
}

/** The single best proposal, or null when nothing in the page or the text points anywhere. */
export function proposeMotif(n: Nomenclature, input: MotifProposalInput): MotifProposal | null {
  return rankMotifs(n, input)[0] ?? null;
}
