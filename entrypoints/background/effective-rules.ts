import { detectionRulesOf, formMappingOf, maskingRulesOf } from '../../utils/config/resolve';
import {
  publishEffectiveRules,
  type EffectiveRules,
} from '../../utils/ext/storage/effective-rules';
import { loadConfigOrDefaults, watchConfig } from '../../utils/ext/storage/settings';

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
  const publish = async () => publishEffectiveRules(await effectiveRules());
  publish().catch((err: unknown) => console.warn('[ars] rules', err));
  watchConfig(() => void publish().catch((err: unknown) => console.warn('[ars] rules', err)));
}
