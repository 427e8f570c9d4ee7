import { resolveFormMapping, type FormMapping } from '../sites/kb/form-mapping';
import { mergeMaskingRules, type MaskingRules } from '../sites/sisiao/masking-rules';
import { DEFAULT_DETECTION_RULES } from '../sites/sisiao/default-rules';
import { mergeDetectionRules, type DetectionRules } from '../sites/sisiao/rules';
import { DEFAULT_MASKING_RULES } from '../sites/sisiao/masking-defaults';
import { DEFAULT_CONFIG } from './defaults';
import { CONFIG_VERSION, type Config, type ConfigFile } from './schema';

/** A key the options can reset or an administrator can lock: a section, or a field of one. */
export type SettingKey =
  | 'language'
  | 'addresses'
  | 'addresses.sisiao'
  | 'addresses.knowledgeBase'
  | 'detection'
  | 'form'
  | 'nomenclature'
  | 'masking'
  | 'answerTemplates'
  | 'data'
  | 'data.historyRetentionDays'
  | 'data.screenshotRetentionDays'
  | 'data.departement';

/** The configuration in force: the file's sections over the defaults (field by field for objects). */
export function resolveConfig(file: ConfigFile, defaults: Config = DEFAULT_CONFIG): Config {
  const sisiao = file.addresses?.sisiao ?? defaults.addresses.sisiao;
  return {
    version: CONFIG_VERSION,
    language: file.language ?? defaults.language,
    addresses: {
      sisiao: [...new Set(sisiao)],
      knowledgeBase: file.addresses?.knowledgeBase ?? defaults.addresses.knowledgeBase,
    },
    detection: file.detection ?? defaults.detection,
    form: file.form ?? defaults.form,
    nomenclature: file.nomenclature ?? defaults.nomenclature,
    masking: file.masking ?? defaults.masking,
    answerTemplates: file.answerTemplates ?? defaults.answerTemplates,
    data: { ...defaults.data, ...file.data },
  };
}

/**
 * The file without one setting, so that its default applies again (« Rétablir la valeur par
 * défaut »). Pure: returns a new document. An emptied field section disappears altogether.
 */
export function resetSection(config: ConfigFile, key: SettingKey): ConfigFile {
  const [section, field] = key.split('.') as [keyof ConfigFile, string | undefined];
  const next: ConfigFile = { ...config };
  if (!field) {
    delete next[section];
    return next;
  }
  const current = next[section];
  if (!current || typeof current !== 'object' || Array.isArray(current)) return next;
  const rest: Record<string, unknown> = { ...current };
  delete rest[field];
  if (Object.keys(rest).length) (next as Record<string, unknown>)[section] = rest;
  else delete next[section];
  return next;
}

/** Whether a setting is set by the administrator (itself, or its whole section). */
export function isLocked(lockedKeys: readonly string[], key: SettingKey): boolean {
  const [section] = key.split('.');
  return lockedKeys.includes(key) || (section !== undefined && lockedKeys.includes(section));
}

/** The detection rules in force (built-in rules patched by the configuration). */
export function detectionRulesOf(config: Config): DetectionRules {
  const merged = mergeDetectionRules(config.detection);
  // A validated config always merges; the fallback only guards a hand-built object.
  return merged.ok ? merged.rules : DEFAULT_DETECTION_RULES;
}

/** The masking rules in force. */
export function maskingRulesOf(config: Config): MaskingRules {
  const merged = mergeMaskingRules(config.masking);
  return merged.ok ? merged.rules : DEFAULT_MASKING_RULES;
}

/** The support-form mapping in force. */
export function formMappingOf(config: Config): FormMapping {
  return resolveFormMapping(config.form);
}

/** The whole document in force, as the « Exporter » button writes it (every section shown). */
export function exportConfig(config: Config): ConfigFile {
  return structuredClone(config);
}
