import { type SafeWords, compileSafeWords } from '../../core/privacy/safe-text';
import type { MaskingRules } from './masking-rules';
import type { DetectionRules } from './rules';

const cache = new WeakMap<MaskingRules, WeakMap<DetectionRules, SafeWords>>();

/**
 * The words a SI SIAO screen may show in strict mode and in texts the extension writes from it:
 * the safe vocabulary, plus every label the rules know (a label is the application's own word).
 */
export function pageSafeWords(
  rules: MaskingRules,
  detection: DetectionRules,
  idRe: RegExp,
): SafeWords {
  let byDetection = cache.get(rules);
  if (!byDetection) {
    byDetection = new WeakMap();
    cache.set(rules, byDetection);
  }
  let safe = byDetection.get(detection);
  if (!safe) {
    safe = compileSafeWords(
      [
        ...rules.safeWords,
        ...rules.labels,
        ...Object.values(detection.ids).flatMap((f) => f.labels),
        ...detection.user.profileLabels,
        ...detection.version.labels,
        ...detection.volet.labels,
        ...detection.pageKinds.flatMap((k) => k.headings),
      ],
      idRe,
    );
    byDetection.set(detection, safe);
  }
  return safe;
}
