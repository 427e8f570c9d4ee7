import { useCallback, useEffect, useMemo, useState } from 'react';
import { OptionsPage } from '../../components/options/OptionsPage';
import { optionsText } from '../../components/options/text';
import type { ImportOutcome } from '../../components/options/ConfigFileSection';
import {
  applyConfigImport,
  configSizeError,
  resolveConfig,
  weakenings,
  applySettingChange,
  exportConfig,
  resetSection,
  type SettingKey,
} from '../../utils/config';
import { setLanguage } from '../../utils/i18n';
import {
  addSisiaoAddress,
  missingSisiaoPermissions,
  removeSisiaoAddress,
} from '../../utils/ext/permissions';
import {
  BUILD_DEFAULT_CONFIG,
  dismissCorruptConfig,
  loadEffectiveConfig,
  saveConfig,
  SettingsSaveError,
  watchConfig,
  type LoadedConfig,
} from '../../utils/ext/storage/settings';
import { useDataActions, type DataActions } from './use-data-actions';
import { useFeed } from './use-feed';
import { useUnanswered } from './use-unanswered';
import { weakeningText } from '../../components/options/weakening-text';

type State = LoadedConfig & { missingPermission: string[] };

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Wires the options page to the stored settings, the policy and the permissions. */
export function App() {
  const [state, setState] = useState<State | null>(null);
  const show = useCallback(async (loaded?: LoadedConfig) => {
    const l = loaded ?? (await loadEffectiveConfig());
    await setLanguage(l.config.language);
    document.documentElement.lang = l.config.language;
    setState({ ...l, missingPermission: await missingSisiaoPermissions(l.config) });
  }, []);
  useEffect(() => {
    void show();
    return watchConfig((l) => void show(l));
  }, [show]);
  const words = useMemo(
    () => optionsText(state?.config.language ?? 'fr'),
    [state?.config.language],
  );
  const data = useDataActions(
    state?.config.data.historyRetentionDays ?? BUILD_DEFAULT_CONFIG.data.historyRetentionDays,
    words,
  );
  const feed = useFeed();
  const unanswered = useUnanswered(
    (state?.config ?? BUILD_DEFAULT_CONFIG).addresses.knowledgeBase,
    (state?.config ?? BUILD_DEFAULT_CONFIG).nomenclature,
  );

  if (!state) return <p>{optionsText('fr')('loading')}</p>;

  const store = async (next: Parameters<typeof saveConfig>[0]): Promise<string[]> => {
    try {
      await saveConfig(next);
      await show();
      return [];
    } catch (e) {
      if (e instanceof SettingsSaveError)
        return [words(`saveError_${e.kind}`, { detail: e.detail })];
      return [message(e)];
    }
  };
  const onChange = (key: SettingKey, value: unknown) => {
    const result = applySettingChange(state.file, key, value);
    return result.ok ? store(result.config) : Promise.resolve(result.errors);
  };
  const onImport = async (text: string): Promise<ImportOutcome> => {
    const tooBig = configSizeError(text);
    if (tooBig) return { ok: false, errors: [tooBig] };
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      return {
        ok: false,
        errors: [optionsText(state.config.language)('fileUnreadable', { message: message(e) })],
      };
    }
    const result = applyConfigImport(state.file, json);
    if (!result.ok) return result;
    // Less masking or another knowledge base: the person sees what changes and says yes.
    const weaker = weakenings(
      resolveConfig(state.file, BUILD_DEFAULT_CONFIG),
      resolveConfig(result.config, BUILD_DEFAULT_CONFIG),
    ).map((w) => weakeningText(w, words));
    if (weaker.length && !window.confirm(words('importWeakens', { list: weaker.join('\n- ') })))
      return { ok: false, errors: [words('importCancelled'), ...weaker] };
    const errors = await store(result.config);
    return errors.length ? { ok: false, errors } : { ok: true, warnings: result.warnings };
  };
  const onExport = () => {
    const text = `${JSON.stringify(exportConfig(state.config), null, 2)}\n`;
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    link.download = 'assistant-referent-configuration.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  };
  // Called straight from the click: addSisiaoAddress asks for the permission before any await.
  const onAddAddress = (input: string) => addSisiaoAddress(input).finally(() => void show());
  const onRemoveAddress = (origin: string) =>
    removeSisiaoAddress(origin).finally(() => void show());

  return (
    <>
      <OptionsPage
        config={state.config}
        defaults={BUILD_DEFAULT_CONFIG}
        lockedKeys={state.lockedKeys}
        notice={state.notice}
        managedErrors={state.managedErrors}
        missingPermission={state.missingPermission}
        onChange={onChange}
        onReset={(key) => void store(resetSection(state.file, key))}
        onAddAddress={onAddAddress}
        onRemoveAddress={onRemoveAddress}
        onExport={onExport}
        onImport={onImport}
        onDismissNotice={() => void dismissCorruptConfig().then(() => show())}
        history={data.history}
        kb={data.kb}
        unanswered={unanswered}
        feed={feed}
      />
      <DataNotice data={data} />
    </>
  );
}

/**
 * The result of a history action. The sections only emit events, so it is shown here, fixed at the
 * bottom of the window where it is seen whatever the scroll; the live region is always in the page
 * so that screen readers announce what appears in it.
 */
function DataNotice({ data }: { data: DataActions }) {
  const n = data.notice;
  return (
    <div
      aria-live="polite"
      style={{ position: 'fixed', bottom: 12, right: 12, maxWidth: 480, zIndex: 1 }}
    >
      {n && (
        <p className={`ars-notice ${n.ok ? 'ars-ok' : 'ars-error'}`} id="ars-data-notice">
          {n.message}{' '}
          <button type="button" className="ars-link" onClick={data.dismissNotice}>
            Fermer
          </button>
        </p>
      )}
    </div>
  );
}
