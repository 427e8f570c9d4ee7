import { useMemo } from 'react';
import { describeRanking, describeSeries, type Bar } from '../../utils/core/calls/describe';
import type { CallIndicators } from '../../utils/core/calls/indicators';
import { callBars, type Granularity } from '../../utils/core/calls/series';
import { BarChart } from './BarChart';

/** The figures to draw and whether time goes by day or by week. */
export interface IndicatorChartsProps {
  indicators: CallIndicators;
  granularity: Granularity;
}

function chartProps(bars: Bar[]) {
  return { labels: bars.map((b) => b.label), values: bars.map((b) => b.value) };
}

/** Calls over time, top motifs and top sous-motifs, each with its text alternative. */
export function IndicatorCharts({ indicators, granularity }: IndicatorChartsProps) {
  const charts = useMemo(() => {
    const time = callBars(indicators, granularity);
    const timeTitle = granularity === 'day' ? 'Appels par jour' : 'Appels par semaine';
    const motifs = indicators.topMotifs.map((m) => ({ label: m.libelle, value: m.count }));
    const sous = indicators.topSousMotifs.map((s) => ({ label: s.libelle, value: s.count }));
    return [
      {
        id: 'ars-chart-time',
        title: timeTitle,
        description: describeSeries(timeTitle, time, granularity === 'day' ? 'jour' : 'semaine'),
        ...chartProps(time),
      },
      {
        id: 'ars-chart-motifs',
        title: 'Motifs les plus fréquents',
        description: describeRanking('Motifs les plus fréquents', motifs),
        horizontal: true,
        ...chartProps(motifs),
      },
      {
        id: 'ars-chart-sous-motifs',
        title: 'Sous-motifs les plus fréquents',
        description: describeRanking('Sous-motifs les plus fréquents', sous),
        horizontal: true,
        ...chartProps(sous),
      },
    ];
  }, [indicators, granularity]);

  return (
    <section className="ars-charts" aria-label="Graphiques">
      {charts.map((c) => (
        <BarChart key={c.id} {...c} />
      ))}
    </section>
  );
}
