import type { DayKey } from '../../utils/core/calls/calendar';
import type { CallIndicators } from '../../utils/core/calls/indicators';
import type { DayRange } from '../../utils/core/calls/period';
import { granularityFor } from '../../utils/core/calls/series';
import { t } from '../../utils/i18n';
import { FiguresTable } from './FiguresTable';
import { IndicatorCharts } from './IndicatorCharts';
import { PeriodPicker } from './PeriodPicker';

/** The two files the page can export. */
export type ExportFormat = 'xlsx' | 'csv';

/** Everything the page shows, and the events it sends up. */
export interface IndicatorsViewProps {
  range: DayRange;
  today: DayKey;
  indicators: CallIndicators;
  departement: string;
  /** A problem met while reading the log (entries set aside), shown once at the top. */
  problem: string | null;
  /** The export under way, if any: its button is disabled and says so. */
  exporting: ExportFormat | null;
  exportError: string | null;
  onRangeChange: (range: DayRange) => void;
  onDepartementChange: (value: string) => void;
  onExport: (format: ExportFormat) => void;
}

/** The indicators page: period, export, charts and the same figures as tables. */
export function IndicatorsView(props: IndicatorsViewProps) {
  const { indicators, range, exporting } = props;
  const granularity = granularityFor(range);
  return (
    <main className="ars-indicators">
      <h1>{t('indTitle')}</h1>
      {props.problem && (
        <p className="ars-notice ars-warn" role="alert">
          {props.problem}
        </p>
      )}
      <PeriodPicker value={range} today={props.today} onChange={props.onRangeChange} />
      <div className="ars-row ars-export">
        <label>
          {t('indDepartement')}
          <input
            type="text"
            value={props.departement}
            maxLength={100}
            onChange={(e) => props.onDepartementChange(e.target.value)}
          />
        </label>
        <button
          type="button"
          className="ars-primary"
          disabled={exporting !== null}
          onClick={() => props.onExport('xlsx')}
        >
          {exporting === 'xlsx' ? t('indExporting') : t('indExportXlsx')}
        </button>
        <button
          type="button"
          className="ars-secondary"
          disabled={exporting !== null}
          onClick={() => props.onExport('csv')}
        >
          {exporting === 'csv' ? t('indExporting') : t('indExportCsv')}
        </button>
      </div>
      {props.exportError && (
        <p className="ars-notice ars-error" role="alert">
          {t('indExportError', { message: props.exportError })}
        </p>
      )}
      {indicators.callCount === 0 && (
        <p className="ars-notice" role="status">
          {t('indNoCallsPeriod')}
        </p>
      )}
      <IndicatorCharts indicators={indicators} granularity={granularity} />
      <FiguresTable indicators={indicators} granularity={granularity} />
    </main>
  );
}
