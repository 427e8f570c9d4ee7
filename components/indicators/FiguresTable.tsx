import type { Bar } from '../../utils/core/calls/describe';
import { formatCount, formatMinutes, formatRate } from '../../utils/core/calls/format';
import type { CallIndicators } from '../../utils/core/calls/indicators';
import { callBars, type Granularity } from '../../utils/core/calls/series';
import { t } from '../../utils/i18n';

/** The figures to list, with the same granularity as the charts. */
export interface FiguresTableProps {
  indicators: CallIndicators;
  granularity: Granularity;
}

function RankTable({ caption, head, rows }: { caption: string; head: string; rows: Bar[] }) {
  return (
    <table className="ars-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{head}</th>
          <th scope="col" className="ars-num">
            {t('indCalls')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && (
          <tr>
            <td colSpan={2} className="ars-muted">
              {t('indNoCalls')}
            </td>
          </tr>
        )}
        {rows.map((r, i) => (
          <tr key={`${i}-${r.label}`}>
            <th scope="row">{r.label}</th>
            <td className="ars-num">{formatCount(r.value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The same figures as the charts, as tables: the accessible and copyable reading. */
export function FiguresTable({ indicators: ind, granularity }: FiguresTableProps) {
  const escalated = `${formatRate(ind.escalationRate)} (${formatCount(ind.escalationCount)})`;
  const summary: Array<[string, string]> = [
    [t('indCallCount'), formatCount(ind.callCount)],
    [t('indMedian'), formatMinutes(ind.medianMinutes)],
    [t('indMean'), formatMinutes(ind.meanMinutes)],
    [t('indEscalationRate'), escalated],
  ];
  return (
    <section className="ars-figures" aria-label={t('indTables')}>
      <table className="ars-table" data-testid="indicators-summary">
        <caption>{t('indSummary')}</caption>
        <tbody>
          {summary.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td className="ars-num">{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <RankTable
        caption={granularity === 'day' ? t('indPerDay') : t('indPerWeek')}
        head={granularity === 'day' ? t('indDay') : t('indWeek')}
        rows={callBars(ind, granularity)}
      />
      <RankTable
        caption={t('indTopMotifs')}
        head={t('indMotif')}
        rows={ind.topMotifs.map((m) => ({ label: m.libelle, value: m.count }))}
      />
      <RankTable
        caption={t('indTopSousMotifs')}
        head={t('indSousMotif')}
        rows={ind.topSousMotifs.map((s) => ({
          label: s.motifLibelle ? `${s.libelle} (${s.motifLibelle})` : s.libelle,
          value: s.count,
        }))}
      />
      <RankTable
        caption={t('indTopArticles')}
        head={t('indArticle')}
        rows={ind.topArticles.map((a) => ({ label: a.title, value: a.count }))}
      />
    </section>
  );
}
