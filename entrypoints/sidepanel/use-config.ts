import { useEffect, useState } from 'react';
import type { Nomenclature } from '../../utils/core/nomenclature/schema';
import type { AnswerTemplate } from '../../utils/core/search/answer-templates';
import { setLanguage } from '../../utils/i18n';
import {
  BUILD_DEFAULT_CONFIG,
  loadEffectiveConfig,
  watchConfig,
  type LoadedConfig,
} from '../../utils/ext/storage/settings';

export interface PanelConfig {
  nomenclature: Nomenclature;
  answerTemplates: readonly AnswerTemplate[];
  kbOrigin: string;
  problems: string[];
}

function toPanel(loaded: LoadedConfig | null): PanelConfig {
  const config = loaded?.config ?? BUILD_DEFAULT_CONFIG;
  setLanguage(config.language);
  // Screen readers and the English walk read the page's language from here.
  document.documentElement.lang = config.language;
  return {
    nomenclature: config.nomenclature,
    answerTemplates: config.answerTemplates,
    kbOrigin: config.addresses.knowledgeBase,
    problems: [loaded?.notice, ...(loaded?.managedErrors ?? [])].filter((p): p is string =>
      Boolean(p),
    ),
  };
}

/** The settings in force (defaults, then options, then IT policy), kept current. */
export function useConfig(): PanelConfig {
  const [config, setConfig] = useState<PanelConfig>(() => toPanel(null));
  useEffect(() => {
    void loadEffectiveConfig().then(
      (loaded) => setConfig(toPanel(loaded)),
      () => undefined,
    );
    return watchConfig((loaded) => setConfig(toPanel(loaded)));
  }, []);
  return config;
}
