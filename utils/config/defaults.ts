import { DEFAULT_NOMENCLATURE } from '../core/nomenclature/default';
import { DEFAULT_KB_ORIGIN, DEFAULT_SISIAO_ORIGINS } from '../core/origins';
import { DEFAULT_ANSWER_TEMPLATES } from '../core/search/answer-templates';
import { CONFIG_VERSION, type Config } from './schema';

/** Where the build differs: the demo build knows the demo origins (see utils/ext/build.ts). */
export interface BuiltInAddresses {
  sisiao: readonly string[];
  knowledgeBase: string;
}

/**
 * The configuration with nothing set, for a given build. Detection, form and masking hold
 * *overrides* over the built-in rules, so their default is empty: the rules themselves stay in
 * their adapters (and keep improving with each release instead of being frozen in settings).
 */
export function makeDefaultConfig(
  built: BuiltInAddresses = { sisiao: DEFAULT_SISIAO_ORIGINS, knowledgeBase: DEFAULT_KB_ORIGIN },
): Config {
  return {
    version: CONFIG_VERSION,
    language: 'fr',
    addresses: { sisiao: [...built.sisiao], knowledgeBase: built.knowledgeBase },
    detection: {},
    form: {},
    nomenclature: DEFAULT_NOMENCLATURE,
    masking: {},
    answerTemplates: DEFAULT_ANSWER_TEMPLATES.map((t) => ({ ...t })),
    data: { historyRetentionDays: 180, screenshotRetentionDays: 7 },
  };
}

/** The production defaults, shown next to every setting in the options. */
export const DEFAULT_CONFIG: Config = makeDefaultConfig();
