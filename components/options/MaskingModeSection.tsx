import { SettingFrame } from './Setting';
import type { OptionsText } from './text';

interface Props {
  /** The masking section of the configuration, whose `mode` this section sets. */
  masking: Record<string, unknown>;
  locked: boolean;
  onChange(masking: Record<string, unknown>): void;
  t: OptionsText;
}

/** Strict (everything not known to be safe is covered, the default) or targeted masking. */
export function MaskingModeSection({ masking, locked, onChange, t }: Props) {
  // Back to the default, strict: the patch without its mode.
  const withoutMode = () => {
    const rest = { ...masking };
    delete rest.mode;
    return rest;
  };
  return (
    <section className="ars-card" id="masquage-mode" aria-labelledby="masquage-mode-title">
      <h2 id="masquage-mode-title">{t('maskingModeTitle')}</h2>
      <SettingFrame
        id="masking-mode"
        label={t('maskingModeLabel')}
        help={t('maskingModeHelp')}
        defaultText={t('maskingModeStrict')}
        locked={locked}
        onReset={() => onChange(withoutMode())}
        t={t}
      >
        <select
          id="masking-mode"
          aria-describedby="masking-mode-help"
          value={typeof masking.mode === 'string' ? masking.mode : 'strict'}
          disabled={locked}
          onChange={(e) => onChange({ ...masking, mode: e.target.value })}
        >
          <option value="strict">{t('maskingModeStrict')}</option>
          <option value="cible">{t('maskingModeTargeted')}</option>
        </select>
      </SettingFrame>
    </section>
  );
}
