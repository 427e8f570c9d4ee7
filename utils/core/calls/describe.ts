import { formatCount } from './format';

/**
 * Text alternatives of the charts: what a person reading the chart would say at a glance, for
 * screen readers and for anyone whose canvas did not draw.
 */

export interface Bar {
  label: string;
  value: number;
}

const plural = (n: number, word: string) => `${formatCount(n)} ${word}${n > 1 ? 's' : ''}`;

/** « Appels par jour : 12 appels sur 30 jours ; le plus : 4 appels (03/09). » */
export function describeSeries(title: string, bars: readonly Bar[], unit: string): string {
  if (bars.length === 0) return `${title} : aucune période choisie.`;
  const total = bars.reduce((sum, b) => sum + b.value, 0);
  if (total === 0) return `${title} : aucun appel sur ${plural(bars.length, unit)}.`;
  const top = bars.reduce((best, b) => (b.value > best.value ? b : best));
  return (
    `${title} : ${plural(total, 'appel')} sur ${plural(bars.length, unit)} ; ` +
    `le plus : ${plural(top.value, 'appel')} (${top.label}).`
  );
}

/** « Motifs les plus fréquents : Gestion de la demande, 4 appels ; Gestion du ménage, 1 appel. » */
export function describeRanking(title: string, bars: readonly Bar[]): string {
  if (bars.length === 0) return `${title} : aucun appel renseigné.`;
  return `${title} : ${bars.map((b) => `${b.label}, ${plural(b.value, 'appel')}`).join(' ; ')}.`;
}
