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

/** « le ticket n° 48210 du 03/10/2025 (« Objet ») », or without number for an unsent entry. */
export function describeEntry(entry: EscalationRecord): string {
  const ticket = entry.ticketNumber ? `le ticket n° ${entry.ticketNumber}` : 'une escalade';
  const subject = entry.subject ? ` (« ${entry.subject} »)` : '';
  return `${ticket} du ${frenchDate(entry.createdAt)}${subject}`;
}

/** The one-sentence reason for a verdict, from the first (most relevant) match. */
export function verdictReason(
  verdict: 'block' | 'warn' | 'allow',
  first: { entry: EscalationRecord; kind: MatchKind } | undefined,
  count: number,
  windowDays: number,
): string {
  if (!first || verdict === 'allow') return "Aucune escalade comparable dans l'historique.";
  const what = describeEntry(first.entry);
  const more = count > 1 ? ` (et ${count - 1} autre${count > 2 ? 's' : ''})` : '';
  switch (first.kind) {
    case 'meme-cas-meme-probleme':
      return verdict === 'block'
        ? `Ce problème a déjà été escaladé pour ce cas : ${what}, encore ouvert, il y a moins de ${windowDays} jours. Ajoutez un complément au ticket existant plutôt que d'en ouvrir un second.`
        : `Ce problème a déjà été escaladé pour ce cas : ${what}, encore ouvert. Vous avez indiqué qu'il s'agit d'un autre problème.`;
    case 'meme-probleme-autre-cas':
      return `Un problème semblable a été escaladé pour un autre cas : ${what}${more}. Il s'agit peut-être d'un incident général : pensez à vous y associer.`;
    case 'meme-foyer-meme-probleme':
      return `Le même problème a été escaladé pour le même ménage ou la même personne : ${what}${more}.`;
    case 'meme-cas-probleme-resolu':
      return `Ce problème a déjà été escaladé pour ce cas et résolu : ${what}${more}. Vérifiez la réponse avant d'escalader à nouveau.`;
    case 'meme-cas-probleme-ancien':
      return `Ce problème a déjà été escaladé pour ce cas il y a plus de ${windowDays} jours : ${what}${more}.`;
    case 'meme-cas-autre-probleme':
      return `Une autre escalade récente concerne ce cas : ${what}${more}, pour un autre problème.`;
  }
}
