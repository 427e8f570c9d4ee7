import { isLocked, type Config, type SettingKey } from '../../utils/config';
import { DEFAULT_FORM_MAPPING } from '../../utils/sites/kb/form-mapping';
import { DEFAULT_DETECTION_RULES } from '../../utils/sites/sisiao/default-rules';
import { DEFAULT_MASKING_RULES } from '../../utils/sites/sisiao/masking-defaults';
import { AddressesSection, type AddressResult } from './AddressesSection';
import { ConfigFileSection, type ImportOutcome } from './ConfigFileSection';
import { DataSection } from './DataSection';
import { JsonSection } from './JsonSection';
import { FeedSection, type FeedSectionProps } from './FeedSection';
import { KbSection, type KbStatus } from './KbSection';
import { LanguageSection } from './LanguageSection';
import { MaskingModeSection } from './MaskingModeSection';
import { MessageList } from './Setting';
import { UnansweredSection, type UnansweredSectionProps } from './UnansweredSection';
import { optionsText } from './text';

export interface OptionsPageProps {
  config: Config;
  defaults: Config;
  lockedKeys: readonly string[];
  /** French notice when stored settings were unreadable and set aside. */
  notice: string | null;
  managedErrors: readonly string[];
  missingPermission: readonly string[];
  /** Sets one setting; resolves with French errors (none when saved). */
  onChange: (key: SettingKey, value: unknown) => Promise<string[]>;
  onReset: (key: SettingKey) => void;
  onAddAddress: (input: string) => Promise<AddressResult>;
  onRemoveAddress: (origin: string) => Promise<AddressResult>;
  onExport: () => void;
  onImport: (text: string) => Promise<ImportOutcome>;
  onDismissNotice: () => void;
  history?: { onExport?: () => void; onImport?: (file: File) => void; onErase?: () => void };
  kb?: { status?: KbStatus; onRefresh?: () => void };
  unanswered?: Omit<UnansweredSectionProps, 't'>;
  feed?: Omit<FeedSectionProps, 't'>;
}

type JsonKey = 'detection' | 'form' | 'nomenclature' | 'masking' | 'answerTemplates';

/** The options page: every section of the configuration document, in the document's order. */
export function OptionsPage(p: OptionsPageProps) {
  const t = optionsText(p.config.language);
  const locked = (key: SettingKey) => isLocked(p.lockedKeys, key);
  const json = (key: JsonKey, id: string, title: string, help: string, builtIn?: unknown) => (
    <JsonSection
      key={key}
      id={id}
      title={title}
      help={help}
      value={p.config[key]}
      defaultValue={p.defaults[key]}
      builtIn={builtIn}
      locked={locked(key)}
      onSave={(v) => p.onChange(key, v)}
      onReset={() => p.onReset(key)}
      t={t}
    />
  );
  const sections: [string, string][] = [
    ['langue', t('sectionLanguage')],
    ['adresses', t('sectionAddresses')],
    ['detection', t('sectionDetection')],
    ['formulaire', t('sectionForm')],
    ['nomenclature', t('sectionNomenclature')],
    ['masquage-mode', t('maskingModeTitle')],
    ['masquage', t('sectionMasking')],
    ['reponses', t('sectionTemplates')],
    ['donnees', t('sectionData')],
    ['base', t('sectionKb')],
    ['sans-reponse', t('sectionUnanswered')],
    ['flux', t('sectionFeed')],
    ['configuration', t('sectionConfig')],
  ];

  return (
    <main lang={p.config.language}>
      <h1>{t('title')}</h1>
      <nav aria-label={t('nav')}>
        <ul className="ars-plain ars-row">
          {sections.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>
      {p.notice && (
        <div className="ars-notice ars-warn" role="alert">
          <p>{p.notice}</p>
          <button type="button" className="ars-link" onClick={p.onDismissNotice}>
            {t('dismiss')}
          </button>
        </div>
      )}
      <MessageList title={t('managedErrors')} items={p.managedErrors} kind="warn" />

      <LanguageSection
        language={p.config.language}
        locked={locked('language')}
        onChange={(v) => void p.onChange('language', v)}
        onReset={() => p.onReset('language')}
        t={t}
      />

      <AddressesSection
        sisiao={p.config.addresses.sisiao}
        builtIn={p.defaults.addresses.sisiao}
        knowledgeBase={p.config.addresses.knowledgeBase}
        defaultKnowledgeBase={p.defaults.addresses.knowledgeBase}
        sisiaoLocked={locked('addresses.sisiao')}
        knowledgeBaseLocked={locked('addresses.knowledgeBase')}
        missingPermission={p.missingPermission}
        onAdd={p.onAddAddress}
        onRemove={p.onRemoveAddress}
        onResetSisiao={() => p.onReset('addresses.sisiao')}
        onSaveKnowledgeBase={(v) => p.onChange('addresses.knowledgeBase', v)}
        onResetKnowledgeBase={() => p.onReset('addresses.knowledgeBase')}
        t={t}
      />
      {json(
        'detection',
        'detection',
        t('sectionDetection'),
        t('detectionHelp'),
        DEFAULT_DETECTION_RULES,
      )}
      {json('form', 'formulaire', t('sectionForm'), t('formHelp'), DEFAULT_FORM_MAPPING)}
      {json('nomenclature', 'nomenclature', t('sectionNomenclature'), t('nomenclatureHelp'))}
      <MaskingModeSection
        masking={p.config.masking as Record<string, unknown>}
        locked={locked('masking')}
        onChange={(v) => void p.onChange('masking', v)}
        t={t}
      />
      {json('masking', 'masquage', t('sectionMasking'), t('maskingHelp'), DEFAULT_MASKING_RULES)}
      {json('answerTemplates', 'reponses', t('sectionTemplates'), t('templatesHelp'))}
      <DataSection
        data={p.config.data}
        defaults={p.defaults.data}
        isLocked={(f) => locked(`data.${f}`)}
        onSave={(f) => (v) => p.onChange(`data.${f}`, v)}
        onReset={(f) => p.onReset(`data.${f}`)}
        onExportHistory={p.history?.onExport}
        onImportHistory={p.history?.onImport}
        onEraseAll={p.history?.onErase}
        t={t}
      />
      <KbSection status={p.kb?.status} onRefresh={p.kb?.onRefresh} t={t} />
      {p.unanswered && <UnansweredSection {...p.unanswered} t={t} />}
      {p.feed && <FeedSection {...p.feed} t={t} />}
      <ConfigFileSection onExport={p.onExport} onImport={p.onImport} t={t} />
    </main>
  );
}
