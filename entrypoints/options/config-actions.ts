import type { ImportOutcome } from '../../components/options/ConfigFileSection';
import type { OptionsText } from '../../components/options/text';
import { weakeningText } from '../../components/options/weakening-text';
import { configLine } from '../../utils/i18n';
import {
  applyConfigImport,
  applySettingChange,
  configOverCap,
  exportConfig,
  MAX_CONFIG_BYTES,
  resetSection,
  resolveConfig,
  weakenings,
  type SettingKey,
} from '../../utils/config';
import {
  BUILD_DEFAULT_CONFIG,
  saveConfig,
  SettingsSaveError,
} from '../../utils/ext/storage/settings';
import type { OptionsState } from './use-options-state';

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * What the options page does with the settings: save one, reset a section, import or export the
 * file. Each resolves with the lines to show (in the page's language: the validation's lines are
 * French where the file is read, `configLine` words them), never throws at the page.
 */
export function configActions(state: OptionsState, show: () => Promise<void>, t: OptionsText) {
  const store = async (next: Parameters<typeof saveConfig>[0]): Promise<string[]> => {
    try {
      await saveConfig(next);
      await show();
      return [];
    } catch (e) {
      if (e instanceof SettingsSaveError)
        return [t(`saveError_${e.kind}`, { detail: configLine(e.detail) })];
      return [message(e)];
    }
  };
  const onChange = (key: SettingKey, value: unknown) => {
    const result = applySettingChange(state.file, key, value);
    return result.ok ? store(result.config) : Promise.resolve(result.errors.map(configLine));
  };
  const onImport = async (text: string): Promise<ImportOutcome> => {
    const kb = configOverCap(text);
    if (kb !== null)
      return { ok: false, errors: [t('fileTooBig', { kb, max: MAX_CONFIG_BYTES / 1024 })] };
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      return { ok: false, errors: [t('fileUnreadable', { message: message(e) })] };
    }
    const result = applyConfigImport(state.file, json);
    if (!result.ok) return { ok: false, errors: result.errors.map(configLine) };
    // Less masking or another knowledge base: the person sees what changes and says yes.
    const weaker = weakenings(
      resolveConfig(state.file, BUILD_DEFAULT_CONFIG),
      resolveConfig(result.config, BUILD_DEFAULT_CONFIG),
    ).map((w) => weakeningText(w, t));
    if (weaker.length && !window.confirm(t('importWeakens', { list: weaker.join('\n- ') })))
      return { ok: false, errors: [t('importCancelled'), ...weaker] };
    const errors = await store(result.config);
    return errors.length
      ? { ok: false, errors }
      : { ok: true, warnings: result.warnings.map(configLine) };
  };
  const onExport = () => {
    const text = `${JSON.stringify(exportConfig(state.config), null, 2)}\n`;
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    link.download = 'assistant-referent-configuration.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  };
  const onReset = (key: SettingKey) => void store(resetSection(state.file, key));
  return { onChange, onImport, onExport, onReset };
}
