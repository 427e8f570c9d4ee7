import { useEffect, useState } from 'react';
import { MessageList, SettingFrame } from './Setting';
import type { OptionsText } from './text';

export interface JsonSectionProps {
  id: string;
  title: string;
  help: string;
  /** The section as currently in force. */
  value: unknown;
  /** The section's default, shown read-only. */
  defaultValue: unknown;
  /** For rule patches: the built-in rules the patch applies to, shown read-only. */
  builtIn?: unknown;
  locked: boolean;
  /** Saves the parsed JSON; resolves with French errors (none when saved). */
  onSave: (value: unknown) => Promise<string[]>;
  onReset: () => void;
  t: OptionsText;
}

const pretty = (v: unknown) => JSON.stringify(v, null, 2);

/**
 * A complex section (rules, mapping, nomenclature, masking, templates) edited as JSON and
 * validated on save — the same validation as an imported file, with the same French messages.
 */
export function JsonSection(p: JsonSectionProps) {
  const [text, setText] = useState(pretty(p.value));
  const [errors, setErrors] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  const current = pretty(p.value);
  useEffect(() => setText(current), [current]);

  const save = () => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      setErrors([p.t('jsonUnreadable', { message: (e as Error).message })]);
      return;
    }
    void p.onSave(parsed).then((errs) => {
      setErrors(errs);
      setSaved(errs.length === 0);
    });
  };

  const isEmpty = (v: unknown) => v !== null && typeof v === 'object' && !Object.keys(v).length;
  return (
    <section className="ars-card" id={p.id} aria-labelledby={`${p.id}-title`}>
      <h2 id={`${p.id}-title`}>{p.title}</h2>
      <SettingFrame
        id={`${p.id}-json`}
        label={p.t('jsonLabel', { section: p.title })}
        help={p.help}
        defaultText={isEmpty(p.defaultValue) ? p.t('none') : p.t('defaultValue').toLowerCase()}
        locked={p.locked}
        onReset={p.onReset}
        t={p.t}
      >
        <textarea
          id={`${p.id}-json`}
          value={text}
          rows={12}
          spellCheck={false}
          disabled={p.locked}
          aria-describedby={`${p.id}-json-help`}
          style={{ fontFamily: 'monospace', fontSize: 12 }}
          onChange={(e) => {
            setText(e.target.value);
            setSaved(false);
          }}
        />
      </SettingFrame>
      <div className="ars-row">
        <button type="button" className="ars-primary" disabled={p.locked} onClick={save}>
          {p.t('save')}
        </button>
        {saved && <span role="status">{p.t('saved')}</span>}
      </div>
      <MessageList title={p.t('errorsTitle')} items={errors} kind="error" />
      {!isEmpty(p.defaultValue) && (
        <details>
          <summary>{p.t('defaultValue')}</summary>
          <pre style={{ maxHeight: 240, overflow: 'auto', fontSize: 12 }}>
            {pretty(p.defaultValue)}
          </pre>
        </details>
      )}
      {p.builtIn !== undefined && (
        <details>
          <summary>{p.t('builtInRules')}</summary>
          <pre style={{ maxHeight: 240, overflow: 'auto', fontSize: 12 }}>{pretty(p.builtIn)}</pre>
        </details>
      )}
    </section>
  );
}
