import type { ChangeEvent } from 'react';
import { FieldSetting } from './FieldSetting';
import type { OptionsText } from './text';

type Save = (value: string | number | undefined) => Promise<string[]>;

export interface DataSectionProps {
  data: { historyRetentionDays: number; screenshotRetentionDays: number; departement?: string };
  defaults: { historyRetentionDays: number; screenshotRetentionDays: number };
  isLocked: (field: 'historyRetentionDays' | 'screenshotRetentionDays' | 'departement') => boolean;
  onSave: (field: 'historyRetentionDays' | 'screenshotRetentionDays' | 'departement') => Save;
  onReset: (field: 'historyRetentionDays' | 'screenshotRetentionDays' | 'departement') => void;
  /** History actions, connected by the history feature; shown disabled until then. */
  onExportHistory?: () => void;
  onImportHistory?: (file: File) => void;
  onEraseAll?: () => void;
  t: OptionsText;
}

/** Retention, département, and the history's export / import / erase. */
export function DataSection(p: DataSectionProps) {
  const { t } = p;
  const importFile = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (file && p.onImportHistory) p.onImportHistory(file);
    e.target.value = '';
  };
  const erase = () => {
    if (p.onEraseAll && window.confirm(t('eraseConfirm'))) p.onEraseAll();
  };
  return (
    <section className="ars-card" id="donnees" aria-labelledby="donnees-title">
      <h2 id="donnees-title">{t('sectionData')}</h2>
      <FieldSetting
        id="history-retention"
        label={t('historyRetention')}
        type="number"
        value={p.data.historyRetentionDays}
        defaultText={String(p.defaults.historyRetentionDays)}
        locked={p.isLocked('historyRetentionDays')}
        onSave={p.onSave('historyRetentionDays')}
        onReset={() => p.onReset('historyRetentionDays')}
        t={t}
      />
      <FieldSetting
        id="screenshot-retention"
        label={t('screenshotRetention')}
        type="number"
        value={p.data.screenshotRetentionDays}
        defaultText={String(p.defaults.screenshotRetentionDays)}
        locked={p.isLocked('screenshotRetentionDays')}
        onSave={p.onSave('screenshotRetentionDays')}
        onReset={() => p.onReset('screenshotRetentionDays')}
        t={t}
      />
      <FieldSetting
        id="departement"
        label={t('departement')}
        type="text"
        value={p.data.departement}
        defaultText={t('none')}
        locked={p.isLocked('departement')}
        onSave={p.onSave('departement')}
        onReset={() => p.onReset('departement')}
        t={t}
      />
      <div className="ars-row" style={{ marginTop: 12 }}>
        <button
          type="button"
          className="ars-secondary"
          disabled={!p.onExportHistory}
          onClick={p.onExportHistory}
        >
          {t('exportHistory')}
        </button>
        <label className="ars-secondary" style={{ display: 'inline', fontWeight: 400 }}>
          {t('importHistoryLabel')}{' '}
          <input
            type="file"
            accept="application/json,.json"
            disabled={!p.onImportHistory}
            onChange={importFile}
          />
        </label>
        <button type="button" className="ars-secondary" disabled={!p.onEraseAll} onClick={erase}>
          {t('eraseAll')}
        </button>
      </div>
      {!p.onExportHistory && <p className="ars-muted">{t('notConnected')}</p>}
    </section>
  );
}
