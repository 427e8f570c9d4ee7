import { z } from 'zod';

/** How a context field was found, shown in the panel so a referent can judge and correct it. */
export const FoundBySchema = z.union([
  z.enum(['url', 'label', 'attribute', 'api', 'manual']),
  z.string().regex(/^rule:[\w-]+$/),
]);
export type FoundBy = z.infer<typeof FoundBySchema>;

export const PageKindSchema = z.enum([
  'accueil',
  'liste',
  'fiche-menage',
  'fiche-demande',
  'fiche-personne',
  'offre',
  'autre',
]);
export type PageKind = z.infer<typeof PageKindSchema>;

const id = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,40}$/)
  .nullable();
const text = (max: number) => z.string().max(max).nullable();

/** What the extension knows about the SI SIAO screen in focus. Every field is null when unknown. */
export const SisiaoContextSchema = z.object({
  menageId: id,
  personneId: id,
  demandeId: id,
  structureId: id,
  dispositifId: id,
  groupePlacesId: id,
  userEmail: text(254),
  userProfile: text(200),
  volet: z.enum(['115', 'insertion']).nullable(),
  appVersion: text(40),
  pageTitle: text(300),
  pageKind: PageKindSchema,
  /** The page URL without query values or fragment values that could hold personal data. */
  url: text(2000),
  found: z.record(z.string(), FoundBySchema),
});
export type SisiaoContext = z.infer<typeof SisiaoContextSchema>;

// Zod-free values live apart, so the content script that runs on every SI SIAO page does not carry
// zod just to know the field names.
export { CONTEXT_ID_FIELDS, emptyContext, type ContextIdField } from './context-fields';

/** One user action on the SI SIAO tab, recorded for « Étapes pour reproduire ». Never a typed value. */
export const BreadcrumbSchema = z.object({
  at: z.number().int().nonnegative(),
  kind: z.enum(['visit', 'click', 'tab', 'error']),
  label: z.string().max(300),
});
export type Breadcrumb = z.infer<typeof BreadcrumbSchema>;

/** A failed request or script error seen in the page's main world: no bodies, headers or query values. */
export const TechSignalSchema = z.object({
  at: z.number().int().nonnegative(),
  kind: z.enum(['http', 'script']),
  method: z.string().max(10).optional(),
  path: z.string().max(500).optional(),
  status: z.number().int().optional(),
  message: z.string().max(500).optional(),
});
export type TechSignal = z.infer<typeof TechSignalSchema>;
