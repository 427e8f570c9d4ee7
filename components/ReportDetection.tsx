import { t } from '../utils/i18n';

export interface ReportDetectionProps {
  state:
    | { status: 'idle' }
    | { status: 'busy' }
    | { status: 'done'; file: string }
    | { status: 'error'; message: string };
  onReport: (() => void) | null;
}

/** A wrong or missing ID: a file for the national team, the page's people left out. */
export function ReportDetection({ state, onReport }: ReportDetectionProps) {
  return (
    <div className="ars-row" data-testid="report-detection">
      <button
        type="button"
        className="ars-link"
        onClick={onReport ?? undefined}
        disabled={!onReport || state.status === 'busy'}
        aria-busy={state.status === 'busy'}
        title={t('reportDetectionHelp')}
      >
        {t('reportDetection')}
      </button>
      {state.status === 'done' && (
        <span role="status" className="ars-muted">
          {t('reportDetectionDone', { file: state.file })}
        </span>
      )}
      {state.status === 'error' && <span role="alert">{state.message}</span>}
    </div>
  );
}
