import { z } from 'zod';
import { CssSelectorSchema } from '../../core/text/css-selector';
import { DEFAULT_MASKING_RULES } from './masking-defaults';
import { formatZodIssues } from './rules-errors';

/**
 * What to hide before a screenshot, as data: labels of usagers' personal fields, CSS selectors, and
 * hints in form field names. Referents add their instance's own fields in the options.
 */
const label = z.string().trim().min(1).max(80);
const selector = CssSelectorSchema;
const hint = z.string().min(2).max(40);

const safeWord = z.string().trim().min(1).max(60);

/** « strict »: everything not known to be safe is covered; « cible »: only what the rules name. */
export const MaskingModeSchema = z.enum(['strict', 'cible']);
export type MaskingMode = z.infer<typeof MaskingModeSchema>;

export const MaskingRulesSchema = z.strictObject({
  /** Strict (the default) masks all but the safe vocabulary; « ciblé » masks only the rules below. */
  mode: MaskingModeSchema,
  /** Words shown in strict mode: the application's vocabulary (labels, statuses, actions). */
  safeWords: z.array(safeWord).max(3000),
  /** Labels whose values are masked: « Nom », « Date de naissance », « Commentaire social »… */
  labels: z.array(label).max(200),
  /** Elements masked whatever their label (social comments, free text). */
  selectors: z.array(selector).max(50),
  /** Words in a form field's name, id or autocomplete that make it personal (`prenom`, `bday`). */
  fieldHints: z.array(hint).max(60),
  /** Mask e-mail addresses and phone numbers shown anywhere but the application's banner. */
  maskContactsEverywhere: z.boolean(),
});
export type MaskingRules = z.infer<typeof MaskingRulesSchema>;

const listPatch = <T extends z.ZodType>(item: T) =>
  z.union([z.array(item), z.strictObject({ set: z.array(item) })]).optional();

export const MaskingRulesPatchSchema = z.strictObject({
  mode: MaskingModeSchema.optional(),
  safeWords: listPatch(safeWord),
  labels: listPatch(label),
  selectors: listPatch(selector),
  fieldHints: listPatch(hint),
  maskContactsEverywhere: z.boolean().optional(),
});

/**
 * Merges a patch over the default masking rules (lists add unless `{ "set": [...] }`). A bad
 * patch yields a French message naming the key, prefixed `masking.`.
 */
export function mergeMaskingRules(
  patch: unknown,
  base: MaskingRules = DEFAULT_MASKING_RULES,
): { ok: true; rules: MaskingRules } | { ok: false; error: string } {
  const parsed = MaskingRulesPatchSchema.safeParse(patch ?? {});
  if (!parsed.success) return { ok: false, error: formatZodIssues(parsed.error.issues, 'masking') };
  const p = parsed.data;
  const merge = <T>(b: T[], x: T[] | { set: T[] } | undefined): T[] =>
    !x ? b : Array.isArray(x) ? [...new Set([...b, ...x])] : [...new Set(x.set)];
  const merged: MaskingRules = {
    mode: p.mode ?? base.mode,
    safeWords: merge(base.safeWords, p.safeWords),
    labels: merge(base.labels, p.labels),
    selectors: merge(base.selectors, p.selectors),
    fieldHints: merge(base.fieldHints, p.fieldHints),
    maskContactsEverywhere: p.maskContactsEverywhere ?? base.maskContactsEverywhere,
  };
  const whole = MaskingRulesSchema.safeParse(merged);
  if (!whole.success) return { ok: false, error: formatZodIssues(whole.error.issues, 'masking') };
  return { ok: true, rules: whole.data };
}

export { DEFAULT_MASKING_RULES };
