import { useState, type ChangeEvent } from 'react';
import { MessageList } from './Setting';
import type { OptionsText } from './text';

export type ImportOutcome = { ok: true; warnings: string[] } | { ok: false; errors: string[] };

export interface ConfigFileSectionProps {
  onExport: () => void;
  /** Validates and applies the file's text atomically; nothing changes on errors. */
  onImport: (text: string) => Promise<ImportOutcome>;
  t: OptionsText;
}

/** « Exporter » / « Importer » the whole configuration file. */
export function ConfigFileSection({ onExport, onImport, t }: ConfigFileSectionProps) {
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const pick = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    void file.text().then(onImport).then(setOutcome);
  };
  return (
    <section className="ars-card" id="configuration" aria-labelledby="configuration-title">
      <h2 id="configuration-title">{t('sectionConfig')}</h2>
      <p className="ars-muted">{t('configHelp')}</p>
      <div className="ars-row">
        <button type="button" className="ars-primary" onClick={onExport}>
          {t('exportConfig')}
        </button>
      </div>
      <label htmlFor="config-import">{t('importConfigLabel')}</label>
      <input id="config-import" type="file" accept="application/json,.json" onChange={pick} />
      {outcome?.ok === false && (
        <MessageList title={t('importRefused')} items={outcome.errors} kind="error" />
      )}
      {outcome?.ok && (
        <>
          <p className="ars-notice ars-ok" role="status">
            {t('importOk')}
          </p>
          <MessageList title={t('warningsTitle')} items={outcome.warnings} kind="warn" />
        </>
      )}
    </section>
  );
}
