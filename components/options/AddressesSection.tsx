import { useState, type FormEvent } from 'react';
import { FieldSetting } from './FieldSetting';
import { MessageList, SettingFrame } from './Setting';
import type { OptionsText } from './text';

export type AddressResult =
  | { ok: true; origin: string }
  | { ok: false; error: 'invalid' | 'denied' | 'builtIn'; address: string };

const ADDRESS_ERRORS = {
  invalid: 'addressInvalid',
  denied: 'addressDenied',
  builtIn: 'addressBuiltIn',
} as const;

export interface AddressesSectionProps {
  sisiao: readonly string[];
  /** Addresses built into the extension (the manifest's): always there, never removed. */
  builtIn: readonly string[];
  knowledgeBase: string;
  defaultKnowledgeBase: string;
  sisiaoLocked: boolean;
  knowledgeBaseLocked: boolean;
  /** Configured but not granted (an import or a policy added them). */
  missingPermission: readonly string[];
  /**
   * Called synchronously from the click: the browser only shows its permission prompt during
   * the user's gesture, so the caller must ask for the permission before awaiting anything.
   */
  onAdd: (input: string) => Promise<AddressResult>;
  onRemove: (origin: string) => Promise<AddressResult>;
  onResetSisiao: () => void;
  onSaveKnowledgeBase: (value: string | number | undefined) => Promise<string[]>;
  onResetKnowledgeBase: () => void;
  t: OptionsText;
}

/** SI SIAO instances (each granted when added) and the knowledge base's address. */
export function AddressesSection(p: AddressesSectionProps) {
  const [input, setInput] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const { t } = p;

  const add = (e: FormEvent) => {
    e.preventDefault();
    // No await before onAdd: it must reach permissions.request within the gesture.
    void p.onAdd(input).then((r) => {
      setErrors(r.ok ? [] : [t(ADDRESS_ERRORS[r.error], { address: r.address })]);
      if (r.ok) setInput('');
    });
  };
  const remove = (origin: string) => {
    void p
      .onRemove(origin)
      .then((r) => setErrors(r.ok ? [] : [t(ADDRESS_ERRORS[r.error], { address: r.address })]));
  };

  return (
    <section className="ars-card" id="adresses" aria-labelledby="adresses-title">
      <h2 id="adresses-title">{t('sectionAddresses')}</h2>
      <form onSubmit={add}>
        <SettingFrame
          id="sisiao-new"
          label={t('sisiaoLabel')}
          help={t('sisiaoHelp')}
          defaultText={p.builtIn.join(', ')}
          locked={p.sisiaoLocked}
          onReset={p.onResetSisiao}
          t={t}
        >
          <ul className="ars-plain" aria-label={t('sisiaoLabel')}>
            {p.sisiao.map((origin) => (
              <li key={origin} className="ars-row">
                <code>{origin}</code>
                {p.builtIn.includes(origin) ? (
                  <span className="ars-muted">({t('builtIn')})</span>
                ) : (
                  <button
                    type="button"
                    className="ars-link"
                    disabled={p.sisiaoLocked}
                    onClick={() => remove(origin)}
                  >
                    {t('remove', { origin })}
                  </button>
                )}
              </li>
            ))}
          </ul>
          <div className="ars-row">
            <input
              id="sisiao-new"
              type="text"
              placeholder="https://formation.sisiao.example.fr"
              aria-label={t('addAddressLabel')}
              aria-describedby="sisiao-new-help"
              value={input}
              disabled={p.sisiaoLocked}
              onChange={(e) => setInput(e.target.value)}
              style={{ flex: 1, width: 'auto' }}
            />
            <button
              type="submit"
              className="ars-secondary"
              disabled={p.sisiaoLocked || !input.trim()}
            >
              {t('add')}
            </button>
          </div>
        </SettingFrame>
      </form>
      <MessageList
        items={[
          ...errors,
          ...p.missingPermission.map((origin) => t('permissionMissing', { origin })),
        ]}
        kind="error"
      />
      <FieldSetting
        id="kb-origin"
        label={t('kbLabel')}
        type="text"
        value={p.knowledgeBase}
        defaultText={p.defaultKnowledgeBase}
        locked={p.knowledgeBaseLocked}
        onSave={p.onSaveKnowledgeBase}
        onReset={p.onResetKnowledgeBase}
        t={t}
      />
    </section>
  );
}
