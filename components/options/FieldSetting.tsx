import { useEffect, useState, type FormEvent } from 'react';
import { MessageList, SettingFrame } from './Setting';
import type { OptionsText } from './text';

export interface FieldSettingProps {
  id: string;
  label: string;
  help?: string;
  type: 'text' | 'number';
  value: string | number | undefined;
  defaultText: string;
  locked: boolean;
  /** Saves the value; resolves with French errors (none when saved). */
  onSave: (value: string | number | undefined) => Promise<string[]>;
  onReset: () => void;
  t: OptionsText;
}

/** A single text or number setting, saved with its button (or Entrée). */
export function FieldSetting(p: FieldSettingProps) {
  const [text, setText] = useState(String(p.value ?? ''));
  const [errors, setErrors] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  useEffect(() => setText(String(p.value ?? '')), [p.value]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = text.trim();
    // A number field sends a number, so that the schema's « nombre attendu » means what it says.
    const value =
      trimmed === ''
        ? undefined
        : p.type === 'number' && !Number.isNaN(Number(trimmed))
          ? Number(trimmed)
          : trimmed;
    void p.onSave(value).then((errs) => {
      setErrors(errs);
      setSaved(errs.length === 0);
    });
  };

  return (
    <form onSubmit={submit}>
      <SettingFrame {...p}>
        <div className="ars-row">
          <input
            id={p.id}
            type={p.type === 'number' ? 'number' : 'text'}
            inputMode={p.type === 'number' ? 'numeric' : undefined}
            value={text}
            disabled={p.locked}
            aria-describedby={p.help ? `${p.id}-help` : undefined}
            onChange={(e) => {
              setText(e.target.value);
              setSaved(false);
            }}
            style={{ flex: 1, width: 'auto' }}
          />
          <button type="submit" className="ars-secondary" disabled={p.locked}>
            {p.t('save')}
          </button>
        </div>
      </SettingFrame>
      <MessageList title={p.t('errorsTitle')} items={errors} kind="error" />
      {saved && (
        <p role="status" className="ars-muted">
          {p.t('saved')}
        </p>
      )}
    </form>
  );
}
