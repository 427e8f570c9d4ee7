import { unsafePatternReason } from '../../core/text/safe-regex';
import { z } from 'zod';
import { CssSelectorSchema } from '../../core/text/css-selector';
import { CONTEXT_ID_FIELDS, PageKindSchema } from '../../core/context';
import { DEFAULT_DETECTION_RULES } from './default-rules';
import { formatZodIssues } from './rules-errors';

/**
 * Detection rules as data: what the SI SIAO shows and calls, so a referent can adapt the extension
 * to a new release from the options page instead of waiting for a new version.
 */

const label = z.string().trim().min(1).max(80);
const labels = z.array(label).max(100);

/** `/menages/{id}`, `#/menages/{id}`: a path (or hash route) where `{id}` stands for the value. */
const urlPattern = z
  .string()
  .max(120)
  .regex(/^#?\/[\w\-./{}]*$/, 'chemin attendu, commençant par « / » ou « #/ »');
const idUrlPattern = urlPattern.refine((p) => p.split('{id}').length === 2, {
  message: 'doit contenir « {id} » une fois',
});
const paramName = z.string().regex(/^[A-Za-z][\w.-]{0,39}$/, 'nom de paramètre invalide');
const attrName = z.string().regex(/^[a-z][a-z0-9_.:-]{0,59}$/, "nom d'attribut invalide");
const ruleName = z.string().regex(/^[\w-]{1,40}$/, 'nom de règle : lettres, chiffres, - ou _');

/**
 * A regular expression written as text; rejected here, not at detection time, when it is broken
 * or outside the safe subset (nested quantifiers could freeze the tab: see safe-regex.ts).
 */
const regexText = z
  .string()
  .min(1)
  .max(200)
  .superRefine((s, ctx) => {
    const why = unsafePatternReason(s);
    if (why) ctx.addIssue({ code: 'custom', message: why });
  });

const IdField = z.enum(CONTEXT_ID_FIELDS);

export const IdFieldRulesSchema = z.strictObject({
  labels,
  urlPatterns: z.array(idUrlPattern).max(50),
  queryParams: z.array(paramName).max(30),
  attributes: z.array(attrName).max(30),
});
export type IdFieldRules = z.infer<typeof IdFieldRulesSchema>;

export const ApiRuleSchema = z.strictObject({
  name: ruleName,
  method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']).optional(),
  /** Path under the page's origin; `{id}` is a numeric path segment. */
  path: z
    .string()
    .max(160)
    .regex(/^\/[\w\-./{}]*$/, 'chemin attendu, commençant par « / »'),
  /** Query parameter holding the ID, when it is not in the path. */
  query: paramName.optional(),
  field: IdField.optional(),
  /** For fiches: the response's `typefiche` decides which ID this is. */
  byTypefiche: z.record(z.string().max(40), IdField).optional(),
  /** The connected user's own account (email and current role). */
  user: z.literal(true).optional(),
});
export type ApiRule = z.infer<typeof ApiRuleSchema>;

export const CustomRuleSchema = z.strictObject({
  name: ruleName,
  field: z.enum([...CONTEXT_ID_FIELDS, 'userEmail', 'userProfile', 'appVersion']),
  /** CSS selector of the element holding the value. */
  selector: CssSelectorSchema,
  /** Read this attribute instead of the text. */
  attribute: attrName.optional(),
  /** Keep the first capture group (or the whole match) of this expression. */
  pattern: regexText.optional(),
});
export type CustomRule = z.infer<typeof CustomRuleSchema>;

export const PageKindRuleSchema = z.strictObject({
  kind: PageKindSchema,
  urlPatterns: z.array(urlPattern).max(30),
  headings: labels,
});

export const DetectionRulesSchema = z.strictObject({
  /** Shape of an ID value; SI SIAO IDs are numbers (9100018). */
  idPattern: regexText,
  ids: z.strictObject(
    Object.fromEntries(CONTEXT_ID_FIELDS.map((f) => [f, IdFieldRulesSchema])) as Record<
      (typeof CONTEXT_ID_FIELDS)[number],
      typeof IdFieldRulesSchema
    >,
  ),
  user: z.strictObject({
    profileLabels: labels,
    /** Words in a `<select>`'s name, id or label that make it the profile selector. */
    profileSelectWords: z.array(z.string().min(2).max(30)).max(20),
    /** Words in the id or class of the header's user menu, where the connected user shows. */
    userZoneWords: z.array(z.string().min(2).max(30)).max(30),
  }),
  volet: z.strictObject({
    labels,
    '115': labels,
    insertion: labels,
  }),
  version: z.strictObject({ labels }),
  pageKinds: z.array(PageKindRuleSchema).max(40),
  /** Words of a table caption or heading that mean its rows are other records (history, results). */
  listWords: labels,
  api: z.array(ApiRuleSchema).max(40),
  custom: z.array(CustomRuleSchema).max(50),
});
export type DetectionRules = z.infer<typeof DetectionRulesSchema>;

/* ---------- options: a partial patch merged over the defaults ---------- */

/** A list in a patch: a plain array adds to the defaults, `{ "set": [...] }` replaces them. */
function listPatch<T extends z.ZodType>(item: T) {
  return z.union([z.array(item), z.strictObject({ set: z.array(item) })]).optional();
}

const IdFieldPatchSchema = z.strictObject({
  labels: listPatch(label),
  urlPatterns: listPatch(idUrlPattern),
  queryParams: listPatch(paramName),
  attributes: listPatch(attrName),
});

export const DetectionRulesPatchSchema = z.strictObject({
  idPattern: regexText.optional(),
  ids: z
    .strictObject(
      Object.fromEntries(
        CONTEXT_ID_FIELDS.map((f) => [f, IdFieldPatchSchema.optional()]),
      ) as Record<(typeof CONTEXT_ID_FIELDS)[number], z.ZodOptional<typeof IdFieldPatchSchema>>,
    )
    .optional(),
  user: z
    .strictObject({
      profileLabels: listPatch(label),
      profileSelectWords: listPatch(z.string().min(2).max(30)),
      userZoneWords: listPatch(z.string().min(2).max(30)),
    })
    .optional(),
  volet: z
    .strictObject({
      labels: listPatch(label),
      '115': listPatch(label),
      insertion: listPatch(label),
    })
    .optional(),
  version: z.strictObject({ labels: listPatch(label) }).optional(),
  pageKinds: listPatch(PageKindRuleSchema),
  listWords: listPatch(label),
  api: listPatch(ApiRuleSchema),
  custom: listPatch(CustomRuleSchema),
});
export type DetectionRulesPatch = z.infer<typeof DetectionRulesPatchSchema>;

export type RulesResult = { ok: true; rules: DetectionRules } | { ok: false; error: string };

/**
 * Merges a patch from the options (or a config file) over base rules. Lists add to the defaults
 * unless given as `{ "set": [...] }`; API, custom and page-kind rules replace a default of the same
 * name (or kind). Never throws: a bad patch yields a French message naming the key.
 */
export function mergeDetectionRules(
  patch: unknown,
  base: DetectionRules = DEFAULT_DETECTION_RULES,
): RulesResult {
  const parsed = DetectionRulesPatchSchema.safeParse(patch ?? {});
  if (!parsed.success)
    return { ok: false, error: formatZodIssues(parsed.error.issues, 'detection') };
  const p = parsed.data;
  const ids = { ...base.ids };
  for (const field of CONTEXT_ID_FIELDS) {
    const fp = p.ids?.[field];
    if (!fp) continue;
    const b = base.ids[field];
    ids[field] = {
      labels: mergeList(b.labels, fp.labels),
      urlPatterns: mergeList(b.urlPatterns, fp.urlPatterns),
      queryParams: mergeList(b.queryParams, fp.queryParams),
      attributes: mergeList(b.attributes, fp.attributes),
    };
  }
  const merged: DetectionRules = {
    idPattern: p.idPattern ?? base.idPattern,
    ids,
    user: {
      profileLabels: mergeList(base.user.profileLabels, p.user?.profileLabels),
      profileSelectWords: mergeList(base.user.profileSelectWords, p.user?.profileSelectWords),
      userZoneWords: mergeList(base.user.userZoneWords, p.user?.userZoneWords),
    },
    volet: {
      labels: mergeList(base.volet.labels, p.volet?.labels),
      '115': mergeList(base.volet['115'], p.volet?.['115']),
      insertion: mergeList(base.volet.insertion, p.volet?.insertion),
    },
    version: { labels: mergeList(base.version.labels, p.version?.labels) },
    pageKinds: mergeKeyed(base.pageKinds, p.pageKinds, (r) => r.kind),
    listWords: mergeList(base.listWords, p.listWords),
    api: mergeKeyed(base.api, p.api, (r) => r.name),
    custom: mergeKeyed(base.custom, p.custom, (r) => r.name),
  };
  // The merged whole must still be valid (sizes add up); report it under the same prefix.
  const whole = DetectionRulesSchema.safeParse(merged);
  if (!whole.success) return { ok: false, error: formatZodIssues(whole.error.issues, 'detection') };
  return { ok: true, rules: whole.data };
}

type ListPatch<T> = T[] | { set: T[] } | undefined;

function mergeList<T>(base: T[], patch: ListPatch<T>): T[] {
  if (!patch) return base;
  if (!Array.isArray(patch)) return [...new Set(patch.set)];
  return [...new Set([...base, ...patch])];
}

function mergeKeyed<T>(base: T[], patch: ListPatch<T>, key: (t: T) => string): T[] {
  if (!patch) return base;
  if (!Array.isArray(patch)) return patch.set;
  const added = new Set(patch.map(key));
  // Patch entries first: for page kinds, a referent's rule should win over a default.
  return [...patch, ...base.filter((b) => !added.has(key(b)))];
}
