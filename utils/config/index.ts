/** The configuration document: schema, defaults, validation, import, managed precedence. */
export { CONFIG_VERSION, ConfigFileSchema, SECTION_KEYS, FIELD_SECTIONS } from './schema';
export type { Config, ConfigFile, SectionKey, FormOverride } from './schema';
export { DEFAULT_CONFIG, makeDefaultConfig, type BuiltInAddresses } from './defaults';
export { validateConfigFile, type ConfigValidation } from './validate';
export {
  resolveConfig,
  resetSection,
  isLocked,
  detectionRulesOf,
  maskingRulesOf,
  formMappingOf,
  exportConfig,
  type SettingKey,
} from './resolve';
export { applyConfigImport, applySettingChange, type ApplyResult } from './apply';
export { effectiveConfig, readManagedPolicy, type EffectiveConfig } from './managed';
export { migrateConfig } from './migrations';
export {
  configOverCap,
  configSizeError,
  MAX_CONFIG_BYTES,
  weakenings,
  type Weakening,
} from './guards';
