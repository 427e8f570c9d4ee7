import { useEffect, useRef, useState } from 'react';
import { t } from '../../utils/i18n';

/** What a bar chart shows; `labels` and `values` should be memoised by the parent. */
export interface BarChartProps {
  /** Unique in the page: ties the canvas to its description. */
  id: string;
  title: string;
  labels: readonly string[];
  values: readonly number[];
  /** The text alternative (`describeSeries` / `describeRanking`), also shown under the chart. */
  description: string;
  /** Horizontal bars, for rankings whose labels are long. */
  horizontal?: boolean;
}

type ChartInstance = { destroy(): void };

/**
 * A bar chart drawn by chart.js, imported only when a chart mounts so that the library stays out
 * of every bundle but the indicators page's lazy chunk. The description stays readable when the
 * library fails to load; the same figures are in the table below the charts.
 */
export function BarChart({ id, title, labels, values, description, horizontal }: BarChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let chart: ChartInstance | null = null;
    let cancelled = false;
    import('chart.js/auto')
      .then(({ default: Chart }) => {
        if (cancelled || !canvas.current) return;
        chart = new Chart(canvas.current, {
          type: 'bar',
          data: {
            labels: [...labels],
            datasets: [{ label: title, data: [...values], backgroundColor: '#000091' }],
          },
          options: {
            indexAxis: horizontal ? 'y' : 'x',
            // Still figures read faster than animated ones, and nothing moves for those who
            // asked their system for less motion.
            animation: false,
            responsive: true,
            maintainAspectRatio: false,
            plugins: { legend: { display: false } },
            scales: { [horizontal ? 'x' : 'y']: { beginAtZero: true, ticks: { precision: 0 } } },
          },
        });
      })
      .catch(() => setFailed(true));
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [title, labels, values, horizontal]);

  const height = horizontal ? Math.max(120, 28 * labels.length + 40) : 220;
  return (
    <figure className="ars-chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      {!failed && (
        <div className="ars-chart-canvas" style={{ height }}>
          <canvas ref={canvas} role="img" aria-label={title} aria-describedby={`${id}-desc`}>
            {description}
          </canvas>
        </div>
      )}
      <p id={`${id}-desc`} className="ars-muted ars-chart-desc">
        {failed && `${t('indChartUnavailable')} `}
        {description}
      </p>
    </figure>
  );
}
