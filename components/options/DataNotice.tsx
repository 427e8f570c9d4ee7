import type { OptionsText } from './text';

interface Props {
  notice: { ok: boolean; message: string } | null;
  onDismiss: () => void;
  t: OptionsText;
}

/**
 * The result of a history action. The sections only emit events, so it is shown here, fixed at the
 * bottom of the window where it is seen whatever the scroll; the live region is always in the page
 * so that screen readers announce what appears in it.
 */
export function DataNotice({ notice, onDismiss, t }: Props) {
  return (
    <div
      aria-live="polite"
      style={{ position: 'fixed', bottom: 12, right: 12, maxWidth: 480, zIndex: 1 }}
    >
      {notice && (
        <p className={`ars-notice ${notice.ok ? 'ars-ok' : 'ars-error'}`} id="ars-data-notice">
          {notice.message}{' '}
          <button type="button" className="ars-link" onClick={onDismiss}>
            {t('dismiss')}
          </button>
        </p>
      )}
    </div>
  );
}
