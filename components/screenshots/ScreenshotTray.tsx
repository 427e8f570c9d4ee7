import { t } from '../../utils/i18n';

/** A stored screenshot as the tray shows it; the panel makes `thumbUrl` (an object URL). */
export interface TrayItem {
  id: string;
  name: string;
  thumbUrl: string;
  width: number;
  height: number;
  /** Zones masked in this picture (page masks plus editor masks). */
  masked: number;
}

export interface ScreenshotTrayProps {
  items: readonly TrayItem[];
  /** Zones masked by the last capture, shown as « 6 zones masquées »; null before any capture. */
  lastMasked: number | null;
  /** Which capture is running, if any: both buttons are disabled meanwhile. */
  busy: 'visible' | 'full' | null;
  /** A sentence from the capture (CaptureError or store message); null when all is well. */
  error: string | null;
  /** Informational line, e.g. « Page coupée à 12 000 px » or purged captures. */
  notice?: string | null;
  onCaptureVisible: () => void;
  onCaptureFullPage: () => void;
  onRemove: (id: string) => void;
  onEdit?: (id: string) => void;
}

/** « 6 zones masquées », « 1 zone masquée », « Aucune zone masquée ». */
export function maskedLabel(n: number): string {
  if (n === 0) return t('shotsMaskedNone');
  return n === 1 ? t('shotsMaskedOne') : t('shotsMaskedMany', { n });
}

/**
 * The escalation's screenshots: capture buttons, what was masked, thumbnails each removable.
 * Presentational: the panel does the capturing and storing.
 */
export function ScreenshotTray(props: ScreenshotTrayProps) {
  const { items, busy } = props;
  return (
    <section className="ars-card ars-shots" aria-labelledby="ars-shots-title">
      <h2 id="ars-shots-title">{t('shotsTitle', { count: items.length })}</h2>
      <p className="ars-shots-actions">
        <button
          type="button"
          className="ars-primary"
          id="ars-capture-visible"
          disabled={busy !== null}
          onClick={props.onCaptureVisible}
        >
          {busy === 'visible' ? t('shotsCapturingVisible') : t('shotsCaptureVisible')}
        </button>{' '}
        <button
          type="button"
          className="ars-secondary"
          id="ars-capture-full"
          disabled={busy !== null}
          onClick={props.onCaptureFullPage}
        >
          {busy === 'full' ? t('shotsCapturingFull') : t('shotsCaptureFull')}
        </button>
      </p>
      {props.lastMasked !== null && (
        <p className="ars-shots-masked" role="status" data-testid="masked-count">
          {maskedLabel(props.lastMasked)}
        </p>
      )}
      {props.notice && <p className="ars-notice">{props.notice}</p>}
      {props.error && (
        <p className="ars-notice ars-error" role="alert" data-testid="capture-error">
          {props.error}
        </p>
      )}
      {items.length > 0 && (
        <ul
          className="ars-thumbs"
          style={{ listStyle: 'none', padding: 0, display: 'flex', flexWrap: 'wrap', gap: 8 }}
        >
          {items.map((item) => (
            <li key={item.id} data-testid="screenshot-thumb" style={{ width: 120 }}>
              <img
                src={item.thumbUrl}
                alt={t('shotsThumbAlt', {
                  name: item.name,
                  width: item.width,
                  height: item.height,
                  masked: maskedLabel(item.masked).toLowerCase(),
                })}
                style={{
                  width: '100%',
                  height: 80,
                  objectFit: 'cover',
                  objectPosition: 'top',
                  border: '1px solid #ddd',
                }}
              />
              <span style={{ display: 'block', fontSize: 11, wordBreak: 'break-all' }}>
                {item.name}
              </span>
              {props.onEdit && (
                <button
                  type="button"
                  className="ars-link"
                  aria-label={t('shotsEditLabel', { name: item.name })}
                  onClick={() => props.onEdit?.(item.id)}
                >
                  {t('shotsEdit')}
                </button>
              )}{' '}
              <button
                type="button"
                className="ars-link"
                aria-label={t('shotsRemoveLabel', { name: item.name })}
                onClick={() => props.onRemove(item.id)}
              >
                {t('shotsRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
