import { z } from 'zod';
import { FORM_FIELDS } from '../sites/kb/form-mapping';
import { MaskingRulesPatchSchema } from '../sites/sisiao/masking-rules';
import { DetectionRulesPatchSchema } from '../sites/sisiao/rules';
import { NomenclatureShapeSchema } from '../core/nomenclature/schema';
import { toOrigin } from '../core/origins';
import {
  AnswerTemplateSchema,
  PLACEHOLDERS,
  type Placeholder,
} from '../core/search/answer-templates';

/**
 * The one configuration document: everything the options page sets, in a file the national team
 * can ship to every département and IT can push by policy. Every section is optional in a file
 * (a missing one means « the default »); the stored settings use the same shape.
 */

/** The version this extension writes; older documents are migrated (see migrations/). */
export const CONFIG_VERSION = 1;

/** An address typed by a person, normalised to its origin (`https://host[:port]`). */
export const OriginSchema = z
  .string()
  .max(200)
  .refine((s) => toOrigin(s) !== null, { message: 'adresse invalide' })
  .transform((s) => toOrigin(s) ?? s);

const AddressesSchema = z.strictObject({
  /** SI SIAO instances (national, training, test…); each one is granted in the options. */
  sisiao: z.array(OriginSchema).max(20).optional(),
  /** The knowledge base that hosts the support form. */
  knowledgeBase: OriginSchema.optional(),
});

const FieldRuleOverrideSchema = z.strictObject({
  names: z.array(z.string().min(1).max(120)).max(40),
  labels: z.array(z.string().min(1).max(120)).max(40),
});

/**
 * Support-form mapping override: fields given here replace the default field by field (what
 * `resolveFormMapping` reads). Strict, unlike `formMappingSchema`, so typos are reported.
 */
export const FormOverrideSchema = z.strictObject({
  version: z.literal(1).optional(),
  fields: z
    .strictObject(
      Object.fromEntries(FORM_FIELDS.map((f) => [f, FieldRuleOverrideSchema.optional()])) as Record<
        (typeof FORM_FIELDS)[number],
        z.ZodOptional<typeof FieldRuleOverrideSchema>
      >,
    )
    .optional(),
  /**
   * The national HubSpot portal and form, read from the real form's markup (`data-portal-id`,
   * `data-form-id`): once set, a form of another HubSpot account is never filled.
   */
  hubspot: z
    .strictObject({
      portalIds: z
        .array(z.string().regex(/^\d{1,12}$/))
        .max(10)
        .optional(),
      formIds: z
        .array(z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i))
        .max(10)
        .optional(),
    })
    .optional(),
});
export type FormOverride = z.infer<typeof FormOverrideSchema>;

const PLACEHOLDER = /\{\{(\w+)\}\}/g;

/** The answer-template shape, strict (unknown keys reported) and with its rule worded in French. */
export const ConfigAnswerTemplateSchema = z
  .strictObject(AnswerTemplateSchema.shape)
  .refine(
    (t) =>
      [...t.body.matchAll(PLACEHOLDER)].every((m) => PLACEHOLDERS.includes(m[1] as Placeholder)),
    {
      message: `seuls ${PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')} sont remplacés`,
      path: ['body'],
    },
  );

const AnswerTemplatesSchema = z
  .array(ConfigAnswerTemplateSchema)
  .min(1)
  .max(50)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((t, i) => {
      if (seen.has(t.id)) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'id'],
          message: `identifiant « ${t.id} » en double`,
        });
      }
      seen.add(t.id);
    });
  });

const DataSchema = z.strictObject({
  /** Days an escalation stays in the history (the knowledge base's data rules: 6 months). */
  historyRetentionDays: z.int().min(1).max(3650).optional(),
  /** Days a screenshot is kept: they may show personal data, so not long. */
  screenshotRetentionDays: z.int().min(1).max(365).optional(),
  /** The referent's département, written into escalations (« 75 », « 2A », « 974 »). */
  departement: z
    .string()
    .regex(/^(0[1-9]|[1-8]\d|9[0-5]|2A|2B|97[1-8])$/, {
      message: 'numéro de département attendu (ex. « 75 », « 2A », « 974 »)',
    })
    .optional(),
});

/** The sections of the document, in the order of the options page. */
export const SECTION_KEYS = [
  'language',
  'addresses',
  'detection',
  'form',
  'nomenclature',
  'masking',
  'answerTemplates',
  'data',
] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

/** Sections made of independent fields: they are reset and locked field by field. */
export const FIELD_SECTIONS = ['addresses', 'data'] as const;

/** A configuration file (or the stored settings) once migrated to the current version. */
export const ConfigFileSchema = z.strictObject({
  /** Lets editors validate the file against config.schema.json; ignored by the extension. */
  $schema: z.string().max(500).optional(),
  version: z.literal(CONFIG_VERSION),
  language: z.enum(['fr', 'en']).optional().describe("Langue de l'interface (défaut : fr)."),
  addresses: AddressesSchema.optional().describe(
    'Adresses du SI SIAO (instances) et de la base de connaissances (défaut : les adresses nationales).',
  ),
  /** A patch over the built-in detection rules (lists add, `{ "set": [...] }` replaces). */
  detection: DetectionRulesPatchSchema.optional().describe(
    'Règles de détection ajoutées aux règles intégrées ; { "set": [...] } remplace une liste.',
  ),
  form: FormOverrideSchema.optional().describe(
    'Champs du formulaire de support, remplacés champ par champ (noms puis libellés).',
  ),
  /** Replaces the whole built-in nomenclature. */
  nomenclature: NomenclatureShapeSchema.optional().describe(
    'Nomenclature thématique → motif → sous-motif ; remplace la nomenclature intégrée.',
  ),
  /** A patch over the built-in masking rules (lists add, `{ "set": [...] }` replaces). */
  masking: MaskingRulesPatchSchema.optional().describe(
    'Masquage des captures, ajouté aux règles intégrées ; { "set": [...] } remplace une liste.',
  ),
  answerTemplates: AnswerTemplatesSchema.optional().describe(
    'Réponses types ; remplacent celles intégrées. Variables : {{prenom}}, {{titre}}, {{lien}}, {{section}}, {{signature}}.',
  ),
  data: DataSchema.optional().describe(
    'Durées de conservation (jours : historique 180, captures 7) et département.',
  ),
});
/** What a file holds: only the sections it sets. */
export type ConfigFile = z.infer<typeof ConfigFileSchema>;

/** The configuration in force: every section present, defaults filled in. */
export interface Config {
  version: typeof CONFIG_VERSION;
  language: 'fr' | 'en';
  addresses: { sisiao: string[]; knowledgeBase: string };
  detection: NonNullable<ConfigFile['detection']>;
  form: FormOverride;
  nomenclature: NonNullable<ConfigFile['nomenclature']>;
  masking: NonNullable<ConfigFile['masking']>;
  answerTemplates: NonNullable<ConfigFile['answerTemplates']>;
  data: { historyRetentionDays: number; screenshotRetentionDays: number; departement?: string };
}
