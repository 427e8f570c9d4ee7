import { browser } from 'wxt/browser';
import type { DetectionRules } from '../../sites/sisiao/rules';
import type { MaskingRules } from '../../sites/sisiao/masking-rules';
import type { FormMapping } from '../../sites/kb/form-mapping';
import { tell } from '../protocol/tell';

/**
 * The detection and masking rules in force, as the background computed them from the settings
 * (validated there with zod, merged over the built-in rules). The SI SIAO content script reads this
 * ready value instead of validating settings itself, and carries neither zod nor the built-in
 * rules: it stays small. storage.local is written by this extension only.
 */
export const EFFECTIVE_RULES_KEY = 'effectiveRules';

// Raw storage.local, not a WXT item, for the same reason: @wxt-dev/storage 1.3.0 alone weighs
// 3,680 B gzip (esbuild, minified) and sisiao.js had 1,697 B left under its budget (13,663 of
// 15,360 B, last measured build).

export interface EffectiveRules {
  detection: DetectionRules;
  masking: MaskingRules;
  /** The support form's mapping (fields, and the national HubSpot portal and form when set). */
  form?: FormMapping;
  /** The interface language, for the extension's words on the knowledge base. */
  language?: 'fr' | 'en';
}

function looksLikeRules(v: unknown): v is EffectiveRules {
  const r = v as {
    detection?: { ids?: unknown; api?: unknown };
    masking?: { labels?: unknown };
  } | null;
  return (
    !!r &&
    typeof r.detection?.ids === 'object' &&
    Array.isArray(r.detection.api) &&
    Array.isArray(r.masking?.labels)
  );
}

/**
 * The rules in force: as published in storage, else asked of the background (first moments after
 * an install). Null when neither answers: then nothing is detected and no screenshot is taken.
 */
export async function readEffectiveRules(): Promise<EffectiveRules | null> {
  try {
    const stored = (await browser.storage.local.get(EFFECTIVE_RULES_KEY))[EFFECTIVE_RULES_KEY];
    if (looksLikeRules(stored)) return stored;
    const asked = await tell('getEffectiveRules', {});
    return looksLikeRules(asked) ? asked : null;
  } catch {
    return null;
  }
}

/** Written by the background, now and after each settings change. */
export async function publishEffectiveRules(rules: EffectiveRules): Promise<void> {
  await browser.storage.local.set({ [EFFECTIVE_RULES_KEY]: rules });
}
