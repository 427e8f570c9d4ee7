import { said, type Said } from '../../i18n/said';
import type { TechSignal } from '../context';
import type { Level } from '../nomenclature/schema';
import { anomalyClues, clueStrength, howToClues } from './signals';

/**
 * Level guidance from the national procedure: the local SIAO (the referent) answers level 1
 * (how-to questions, with the knowledge base), the national team takes level 2 (anomalies).
 */

export interface LevelInput {
  /** What the user reported: summary, description, result obtained… */
  text: string;
  /** Technical errors captured on the SI SIAO tab. */
  signals?: readonly TechSignal[];
  /** The level of the motif the referent chose, if any: it settles a text with no clue. */
  selectionLevel?: Level | null;
}

export interface LevelGuidance {
  level: Level;
  kind: 'anomalie' | 'question' | 'indetermine';
  /** 'forte' when a clue settles it, 'faible' when the referent should check first. */
  certainty: 'forte' | 'faible';
  /** Short French reasons (« « bug » », « erreur HTTP 500 sur GET /api/… captée »). */
  reasons: string[];
  /** One or two sentences telling the referent what to do. */
  explanation: Said;
}

const EXPLAIN = {
  anomaliePossible: said('lvlAnomaliePossible'),
  anomalie: said('lvlAnomalie'),
  question: said('lvlQuestion'),
  indetermine: said('lvlIndetermine'),
  choisi: said('lvlChoisi'),
};

/**
 * Which level a request belongs to, and why. A strong anomaly clue (error captured, « bug »,
 * « message d'erreur », « erreur 500 », « plante », « ne fonctionne plus ») wins over a question
 * form (« comment faire, ça plante » is still a bug); a weak one (« ne marche pas ») means level 2
 * with a low certainty, and only when the text is not a how-to question.
 */
export function guideLevel(input: LevelInput): LevelGuidance {
  const anomaly = anomalyClues(input.text, input.signals ?? []);
  const howTo = howToClues(input.text);
  const a = clueStrength(anomaly);
  const q = clueStrength(howTo);
  const reasons = anomaly.map((c) => c.reason);
  if (a >= 2) {
    return {
      level: 2,
      kind: 'anomalie',
      certainty: 'forte',
      reasons,
      explanation: EXPLAIN.anomalie,
    };
  }
  if (a >= 1 && q === 0) {
    return {
      level: 2,
      kind: 'anomalie',
      certainty: 'faible',
      reasons,
      explanation: EXPLAIN.anomaliePossible,
    };
  }
  if (q > 0) {
    return {
      level: 1,
      kind: 'question',
      certainty: a > 0 ? 'faible' : 'forte',
      reasons: [...howTo, ...anomaly].map((c) => c.reason),
      explanation: EXPLAIN.question,
    };
  }
  if (input.selectionLevel === 2) {
    return {
      level: 2,
      kind: 'indetermine',
      certainty: 'faible',
      reasons: ['motif choisi de niveau 2'],
      explanation: EXPLAIN.choisi,
    };
  }
  return {
    level: 1,
    kind: 'indetermine',
    certainty: 'faible',
    reasons: [],
    explanation: EXPLAIN.indetermine,
  };
}
