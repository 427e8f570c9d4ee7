import { detectionRulesOf, maskingRulesOf } from '../../utils/core/config/resolve';
import { loadConfigOrDefaults } from '../../utils/ext/settings';
import { DEFAULT_DETECTION_RULES } from '../../utils/sites/sisiao/default-rules';
import type { DetectionRules } from '../../utils/sites/sisiao/rules';
import type { MaskingRules } from '../../utils/sites/sisiao/masking-rules';

/** The detection rules in force: the built-in ones, patched by the options or the IT policy. */
export async function loadDetectionRules(): Promise<DetectionRules> {
  return detectionRulesOf(await loadConfigOrDefaults());
}
/** Used until the stored settings are read (a few milliseconds after the page loads). */
loadDetectionRules.fallback = (): DetectionRules => DEFAULT_DETECTION_RULES;

export async function loadMaskingRules(): Promise<MaskingRules> {
  return maskingRulesOf(await loadConfigOrDefaults());
}
