import { said, type Said } from '../../i18n/said';
import { formatCount } from './format';

/**
 * Text alternatives of the charts: what a person reading the chart would say at a glance, for
 * screen readers and for anyone whose canvas did not draw. Put in words by the page (`say`).
 */

export interface Bar {
  label: string;
  value: number;
}

const calls = (n: number): Said =>
  said(n > 1 ? 'chartCallMany' : 'chartCallOne', { n: formatCount(n) });

const span = (n: number, unit: 'day' | 'week'): Said =>
  said(
    unit === 'day'
      ? n > 1
        ? 'chartDayMany'
        : 'chartDayOne'
      : n > 1
        ? 'chartWeekMany'
        : 'chartWeekOne',
    { n: formatCount(n) },
  );

/** « Appels par jour : 12 appels sur 30 jours ; le plus : 4 appels (03/09). » */
export function describeSeries(title: string, bars: readonly Bar[], unit: 'day' | 'week'): Said {
  if (bars.length === 0) return said('chartNone', { title });
  const total = bars.reduce((sum, b) => sum + b.value, 0);
  if (total === 0) return said('chartNoCalls', { title, span: span(bars.length, unit) });
  const top = bars.reduce((best, b) => (b.value > best.value ? b : best));
  return said('chartSeries', {
    title,
    total: calls(total),
    span: span(bars.length, unit),
    top: calls(top.value),
    label: top.label,
  });
}

/** « Motifs les plus fréquents : Gestion de la demande, 4 appels ; Gestion du ménage, 1 appel. » */
export function describeRanking(title: string, bars: readonly Bar[]): Said {
  if (bars.length === 0) return said('chartRankingNone', { title });
  const items = bars.map((b) => said('chartRankItem', { label: b.label, calls: calls(b.value) }));
  const list = items.reduce((joined, item) => said('chartJoin', { a: joined, b: item }));
  return said('chartRanking', { title, list });
}
