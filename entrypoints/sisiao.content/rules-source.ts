import { DEFAULT_DETECTION_RULES } from '../../utils/sites/sisiao/default-rules';
import type { DetectionRules } from '../../utils/sites/sisiao/rules';
import { DEFAULT_MASKING_RULES } from '../../utils/sites/sisiao/masking-defaults';
import type { MaskingRules } from '../../utils/sites/sisiao/masking-rules';

/** The detection rules in force: the defaults, patched by the options (settings issue). */
export async function loadDetectionRules(): Promise<DetectionRules> {
  return DEFAULT_DETECTION_RULES;
}
loadDetectionRules.fallback = (): DetectionRules => DEFAULT_DETECTION_RULES;

export async function loadMaskingRules(): Promise<MaskingRules> {
  return DEFAULT_MASKING_RULES;
}
