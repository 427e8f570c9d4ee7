import { useCallback, useState } from 'react';
import {
  DetectionReportError,
  downloadDetectionReport,
} from '../../utils/ext/detection-report-download';
import { say } from '../../utils/i18n';

export type ReportState =
  | { status: 'idle' }
  | { status: 'busy' }
  | { status: 'done'; file: string }
  | { status: 'error'; message: string };

/** « Signaler une détection incorrecte » on the tab in focus. */
export function useDetectionReport(tabId: number | null) {
  const [state, setState] = useState<ReportState>({ status: 'idle' });
  const run = useCallback(async () => {
    if (tabId === null) return;
    setState({ status: 'busy' });
    try {
      setState({ status: 'done', file: await downloadDetectionReport(tabId) });
    } catch (err) {
      setState({
        status: 'error',
        message: err instanceof DetectionReportError ? say(err.said) : String(err),
      });
    }
  }, [tabId]);
  return { state, run: tabId === null ? null : () => void run() };
}
