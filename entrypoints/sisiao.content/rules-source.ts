import { readEffectiveRules, type EffectiveRules } from '../../utils/ext/storage/effective-rules';

let loading: Promise<EffectiveRules | null> | null = null;

/** The rules in force (read once per page; a settings change applies from the next page). */
export function loadRules(): Promise<EffectiveRules | null> {
  loading ??= readEffectiveRules();
  return loading;
}
