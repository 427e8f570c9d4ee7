import { useMemo } from 'react';
import { describeRanking, describeSeries, type Bar } from '../../utils/core/calls/describe';
import type { CallIndicators } from '../../utils/core/calls/indicators';
import { callBars, type Granularity } from '../../utils/core/calls/series';
import { say, t } from '../../utils/i18n';
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
    const timeTitle = granularity === 'day' ? t('indPerDay') : t('indPerWeek');
    const motifsTitle = t('indTopMotifs');
    const sousTitle = t('indTopSousMotifs');
    const motifs = indicators.topMotifs.map((m) => ({ label: m.libelle, value: m.count }));
    const sous = indicators.topSousMotifs.map((s) => ({ label: s.libelle, value: s.count }));
    return [
      {
        id: 'ars-chart-time',
        title: timeTitle,
        description: say(describeSeries(timeTitle, time, granularity)),
        ...chartProps(time),
      },
      {
        id: 'ars-chart-motifs',
        title: motifsTitle,
        description: say(describeRanking(motifsTitle, motifs)),
        horizontal: true,
        ...chartProps(motifs),
      },
      {
        id: 'ars-chart-sous-motifs',
        title: sousTitle,
        description: say(describeRanking(sousTitle, sous)),
        horizontal: true,
        ...chartProps(sous),
      },
    ];
  }, [indicators, granularity]);

  return (
    <section className="ars-charts" aria-label={t('indCharts')}>
      {charts.map((c) => (
        <BarChart key={c.id} {...c} />
      ))}
    </section>
  );
}
