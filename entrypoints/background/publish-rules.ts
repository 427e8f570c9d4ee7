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
    language: config.language,
  };
}

/** A content script that found nothing published yet asks directly. */
export function handleGetEffectiveRules(): Promise<EffectiveRules> {
  return effectiveRules();
}

/**
 * Publishes the rules in force for the content scripts, now and after each settings change.
 * Resolves once the first publication is done (or failed): the crawl waits for it, so a page
 * opened right after an install does not wait for the rules behind the knowledge-base indexing.
 */
export function keepEffectiveRulesPublished(): Promise<void> {
  const publish = async () => publishEffectiveRules(await effectiveRules());
  watchConfig(() => void publish().catch((err: unknown) => console.warn('[ars] rules', err)));
  return publish().catch((err: unknown) => console.warn('[ars] rules', err));
}
