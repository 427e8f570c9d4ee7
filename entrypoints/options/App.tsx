import { useMemo } from 'react';
import { DataNotice } from '../../components/options/DataNotice';
import { OptionsPage } from '../../components/options/OptionsPage';
import { optionsText } from '../../components/options/text';
import { addSisiaoAddress, removeSisiaoAddress } from '../../utils/ext/permissions';
import { BUILD_DEFAULT_CONFIG, dismissCorruptConfig } from '../../utils/ext/storage/settings';
import { configLine } from '../../utils/i18n';
import { configActions } from './config-actions';
import { useDataActions } from './use-data-actions';
import { useFeed } from './use-feed';
import { useOptionsState } from './use-options-state';
import { useUnanswered } from './use-unanswered';

/** Wires the options page to the stored settings, the policy and the permissions. */
export function App() {
  const { state, show } = useOptionsState();
  const config = state?.config ?? BUILD_DEFAULT_CONFIG;
  const t = useMemo(() => optionsText(config.language), [config.language]);
  const data = useDataActions(config.data.historyRetentionDays, t);
  const feed = useFeed();
  const unanswered = useUnanswered(config.addresses.knowledgeBase, config.nomenclature);

  if (!state) return <p>{t('loading')}</p>;
  const actions = configActions(state, show, t);
  // Policy errors and the stored settings' notice are French where read: configLine words them.
  return (
    <>
      <OptionsPage
        config={state.config}
        defaults={BUILD_DEFAULT_CONFIG}
        lockedKeys={state.lockedKeys}
        notice={state.notice && configLine(state.notice)}
        managedErrors={state.managedErrors.map(configLine)}
        missingPermission={state.missingPermission}
        onChange={actions.onChange}
        onReset={actions.onReset}
        // Called straight from the click: addSisiaoAddress asks for the permission before any await.
        onAddAddress={(input) => addSisiaoAddress(input).finally(() => void show())}
        onRemoveAddress={(origin) => removeSisiaoAddress(origin).finally(() => void show())}
        onExport={actions.onExport}
        onImport={actions.onImport}
        onDismissNotice={() => void dismissCorruptConfig().then(() => show())}
        history={data.history}
        kb={data.kb}
        unanswered={unanswered}
        feed={feed}
      />
      <DataNotice notice={data.notice} onDismiss={data.dismissNotice} t={t} />
    </>
  );
}
