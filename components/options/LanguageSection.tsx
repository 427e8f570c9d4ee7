import { SettingFrame } from './Setting';
import type { OptionsText } from './text';

interface Props {
  language: 'fr' | 'en';
  locked: boolean;
  onChange(language: string): void;
  onReset(): void;
  t: OptionsText;
}

/** The language of the extension's pages (French by default). */
export function LanguageSection({ language, locked, onChange, onReset, t }: Props) {
  return (
    <section className="ars-card" id="langue" aria-labelledby="langue-title">
      <h2 id="langue-title">{t('sectionLanguage')}</h2>
      <SettingFrame
        id="language"
        label={t('languageLabel')}
        defaultText={t('langFr')}
        locked={locked}
        onReset={onReset}
        t={t}
      >
        <select
          id="language"
          value={language}
          disabled={locked}
          onChange={(e) => onChange(e.target.value)}
        >
          <option value="fr">{t('langFr')}</option>
          <option value="en">{t('langEn')}</option>
        </select>
      </SettingFrame>
    </section>
  );
}
