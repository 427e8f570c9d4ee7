import type { ReactNode } from 'react';
import type { OptionsText } from './text';

/** Props shared by every setting: its default shown, its reset, and the administrator's lock. */
export interface SettingFrameProps {
  /** Id of the control, for the label and the help text. */
  id: string;
  label: string;
  help?: string;
  defaultText: string;
  locked: boolean;
  onReset: () => void;
  t: OptionsText;
  children: ReactNode;
}

/** One setting: label, control, « Par défaut : … », « Rétablir la valeur par défaut ». */
export function SettingFrame(p: SettingFrameProps) {
  return (
    <div className="ars-setting">
      <label htmlFor={p.id}>{p.label}</label>
      {p.help && (
        <p id={`${p.id}-help`} className="ars-muted">
          {p.help}
        </p>
      )}
      {p.children}
      <div className="ars-row">
        <span className="ars-muted">{p.t('defaultIs', { value: p.defaultText })}</span>
        {p.locked ? (
          <strong className="ars-how" role="note">
            🔒 {p.t('locked')}
          </strong>
        ) : (
          <button type="button" className="ars-link" onClick={p.onReset}>
            {p.t('reset')}
          </button>
        )}
      </div>
    </div>
  );
}

/** A list of French errors (or warnings), announced to screen readers. */
export function MessageList(p: {
  title?: string;
  items: readonly string[];
  kind: 'error' | 'warn';
}) {
  if (!p.items.length) return null;
  return (
    <div className={`ars-notice ars-${p.kind}`} role={p.kind === 'error' ? 'alert' : 'status'}>
      {p.title && <p>{p.title}</p>}
      <ul>
        {p.items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}
