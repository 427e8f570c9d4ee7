/**
 * Duplicate guard bench: decide() against 10,000 synthetic history entries (180 days of a busy
 * SIAO: realistic vocabulary, shared sous-motifs, repeated case IDs, some error lines). `prepare`
 * is the one-off cost of indexing the history; p50/p95 are per decision on the prepared history,
 * as the panel calls it while the referent types.
 */
import { parseEscalation, type EscalationRecord } from '../../utils/core/duplicates/record';
import { prepareHistory } from '../../utils/core/duplicates/prepared';
import { decide } from '../../utils/core/duplicates/policy';
import type { EscalationCandidateInput } from '../../utils/core/duplicates/candidate';

const NOW = Date.parse('2025-10-15T10:00:00Z');
const SOUS_MOTIFS = [
  'Annulation des demandes',
  'Demandes « à compléter »',
  'Suivi des demandes',
  'Fusion des personnes',
  'Ajout/Retrait de personne à une demande',
  'Demande à mettre à jour',
  'Module offre',
  "Erreur à l'enregistrement",
  'Pièces justificatives',
  'Compte utilisateur au SI SIAO',
];
const OBJECTS = [
  'la demande',
  "l'évaluation sociale",
  'la préconisation',
  'la composition du ménage',
  "l'orientation",
  'la fiche personne',
  'le rapport social',
  'les ressources',
  "l'adresse",
  'la place vacante',
  "l'historique",
  'le commentaire',
  'les pièces justificatives',
  'la date de naissance',
  'le statut',
  "l'export",
  'le tableau de bord',
  'la nationalité',
];
const SYMPTOMS = [
  "ne s'enregistre pas",
  "n'apparaît plus",
  'reste vide',
  'est bloqué',
  'ne peut pas être modifié',
  'affiche une erreur technique',
  'est en double',
  'ne se met pas à jour',
  'a disparu',
  'ne charge pas',
  'tourne sans fin',
  'est refusé',
];
const ROUTES = ['statut', 'evaluation', 'orientation', 'documents', 'historique', 'composition'];

/** Deterministic pseudo-random numbers, so runs compare. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)] as T;
}

function synthetic(r: () => number, i: number): EscalationCandidateInput & { createdAt: string } {
  const demande = r() < 0.7 ? `D${100000 + Math.floor(r() * 4000)}` : undefined;
  const menage = `M${500000 + Math.floor(r() * 3000)}`;
  const obj = pick(r, OBJECTS);
  const symptom = pick(r, SYMPTOMS);
  const error =
    r() < 0.15 ? ` HTTP 500 sur PUT /api/demandes/${100000 + i}/${pick(r, ROUTES)}` : '';
  return {
    demandeId: demande,
    menageId: menage,
    motif: 'Gestion de la demande',
    sousMotif: pick(r, SOUS_MOTIFS),
    subject: `${obj} ${symptom}`,
    description: `Bonjour, pour le ménage ${menage}, ${obj} ${symptom} depuis ${1 + Math.floor(r() * 9)} jours. Nous avons testé sur deux navigateurs.${error} Merci`,
    createdAt: new Date(NOW - r() * 180 * 86_400_000).toISOString(),
    status: r() < 0.6 ? 'open' : 'resolved',
    ticketNumber: String(40000 + i),
  };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

export async function runDupesBench(): Promise<
  Array<{ name: string; value: number; unit: string; target?: number; better: 'lower' | 'higher' }>
> {
  const r = rng(8);
  const history: EscalationRecord[] = Array.from({ length: 10_000 }, (_, i) =>
    parseEscalation(synthetic(r, i)),
  );
  const t0 = performance.now();
  const prepared = prepareHistory(history);
  const prepareMs = performance.now() - t0;

  // Half the candidates reuse a case of the history, as a real second escalation would.
  const candidates = Array.from({ length: 400 }, (_, i) => {
    const c = synthetic(r, 20_000 + i);
    const twin = history[Math.floor(r() * history.length)];
    return i % 2 === 0 && twin ? { ...c, demandeId: twin.demandeId, menageId: twin.menageId } : c;
  });
  for (const c of candidates.slice(0, 50)) decide(prepared, c, NOW); // warm-up (JIT)
  const times: number[] = [];
  for (const c of candidates) {
    const start = performance.now();
    decide(prepared, c, NOW);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return [
    { name: 'dupes: prepare 10,000 entries', value: prepareMs, unit: 'ms', better: 'lower' },
    {
      name: 'dupes: decide p50 (10,000 entries)',
      value: percentile(times, 0.5),
      unit: 'ms',
      better: 'lower',
    },
    {
      name: 'dupes: decide p95 (10,000 entries)',
      value: percentile(times, 0.95),
      unit: 'ms',
      target: 5,
      better: 'lower',
    },
  ];
}
