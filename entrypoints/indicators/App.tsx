import { useMemo, useState } from 'react';
import { IndicatorsView, type ExportFormat } from '../../components/indicators/IndicatorsView';
import { dayKeyOf } from '../../utils/core/calls/calendar';
import { buildCsvExport } from '../../utils/core/calls/export-csv';
import { exportFileName } from '../../utils/core/calls/export-layout';
import { callsInPeriod, computeIndicators } from '../../utils/core/calls/indicators';
import { periodOfDays, presetRange, type DayRange } from '../../utils/core/calls/period';
import type { CallLogSource } from '../../utils/ext/storage/call-log';
import { t } from '../../utils/i18n';
import { CSV_MIME, downloadFile, XLSX_MIME } from '../../utils/ext/download';
import { useLoggedCalls } from './use-logged-calls';

const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The indicators page: reads the log, computes the period's figures, exports them. */
export function App({ source }: { source: CallLogSource }) {
  const log = useLoggedCalls(source);
  const today = dayKeyOf(Date.now(), timeZone);
  const [range, setRange] = useState<DayRange>(() => presetRange('this-month', today));
  const [departement, setDepartement] = useState('');
  const [exporting, setExporting] = useState<ExportFormat | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);

  const entries = useMemo(() => (log.status === 'ready' ? log.entries : []), [log]);
  const period = useMemo(() => periodOfDays(range, timeZone), [range]);
  const indicators = useMemo(
    () => computeIndicators(entries, period, { timeZone }),
    [entries, period],
  );

  const onExport = async (format: ExportFormat) => {
    setExporting(format);
    setExportError(null);
    try {
      const calls = callsInPeriod(entries, period);
      const name = exportFileName(range, format);
      if (format === 'csv') {
        downloadFile(buildCsvExport(calls, timeZone), name, CSV_MIME);
      } else {
        // Only an export needs the xlsx writer: loaded then, never with the page.
        const { buildXlsxExport } = await import('../../utils/core/calls/export-xlsx');
        const bytes = await buildXlsxExport({ calls, indicators, range, departement, timeZone });
        downloadFile(bytes, name, XLSX_MIME);
      }
    } catch (err) {
      setExportError(err instanceof Error ? err.message : String(err));
    } finally {
      setExporting(null);
    }
  };

  if (log.status === 'loading') return <p role="status">{t('indLoading')}</p>;
  if (log.status === 'error') {
    return (
      <p className="ars-notice ars-error" role="alert">
        {t('indReadError', { message: log.message })}
      </p>
    );
  }
  return (
    <IndicatorsView
      range={range}
      today={today}
      indicators={indicators}
      departement={departement}
      problem={log.problem}
      exporting={exporting}
      exportError={exportError}
      onRangeChange={setRange}
      onDepartementChange={setDepartement}
      onExport={(format) => void onExport(format)}
    />
  );
}
