import { browser } from 'wxt/browser';
import { detectionRulesOf, formMappingOf, maskingRulesOf } from '../../utils/config/resolve';
import { EFFECTIVE_RULES_KEY, type EffectiveRules } from '../../utils/ext/effective-rules';
import { loadConfigOrDefaults, watchConfig } from '../../utils/ext/settings';

async function effectiveRules(): Promise<EffectiveRules> {
  const config = await loadConfigOrDefaults();
  return {
    detection: detectionRulesOf(config),
    masking: maskingRulesOf(config),
    form: formMappingOf(config),
  };
}

/** A content script that found nothing published yet asks directly. */
export function handleGetEffectiveRules(): Promise<EffectiveRules> {
  return effectiveRules();
}

/** Publishes the rules in force for the SI SIAO content script, now and after each settings change. */
export function keepEffectiveRulesPublished(): void {
  const publish = async () =>
    browser.storage.local.set({ [EFFECTIVE_RULES_KEY]: await effectiveRules() });
  publish().catch((err: unknown) => console.warn('[ars] rules', err));
  watchConfig(() => void publish().catch((err: unknown) => console.warn('[ars] rules', err)));
}
