import { useEffect, useState } from 'react';
import type { Nomenclature } from '../../utils/core/nomenclature/schema';
import type { AnswerTemplate } from '../../utils/core/search/answer-templates';
import { configLine, setLanguage } from '../../utils/i18n';
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
  return {
    nomenclature: config.nomenclature,
    answerTemplates: config.answerTemplates,
    kbOrigin: config.addresses.knowledgeBase,
    // The stored settings' notice and the policy's errors, French where read: in the page's words.
    problems: [loaded?.notice, ...(loaded?.managedErrors ?? [])]
      .filter((p): p is string => Boolean(p))
      .map(configLine),
  };
}

/** The settings in force (defaults, then options, then IT policy), kept current. */
export function useConfig(): PanelConfig {
  const [config, setConfig] = useState<PanelConfig>(() => toPanel(null));
  useEffect(() => {
    // The language first (English loads on demand), then the render that uses it.
    const apply = async (loaded: LoadedConfig) => {
      await setLanguage(loaded.config.language).catch(() => undefined);
      // Screen readers and the English walk read the page's language from here.
      document.documentElement.lang = loaded.config.language;
      setConfig(toPanel(loaded));
    };
    void loadEffectiveConfig().then(apply, () => undefined);
    return watchConfig((loaded) => void apply(loaded));
  }, []);
  return config;
}
