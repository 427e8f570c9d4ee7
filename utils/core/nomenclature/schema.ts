import { z } from 'zod';
import { PageKindSchema } from '../context';

/**
 * The support form's nomenclature (thématique → motif → sous-motif) as data, so that the list can
 * be corrected or replaced from the options without a release when the national team changes it.
 */

/**
 * Stable identifier stored in drafts: never show it, never change it once published. Real forms
 * use their HubSpot property values as codes (« gestion_des_demandes », « GDM.01 », « 3-2 »), so
 * letters of either case, digits, `-`, `_` and `.` are accepted, starting with a letter or digit.
 */
export const NomenclatureCodeSchema = z
  .string({ error: 'texte attendu' })
  .max(100, { error: '100 caractères au plus' })
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, {
    error:
      'code attendu : lettres sans accents, chiffres, tirets, soulignés ou points, sans espace (ex. « gestion-demande », « gestion_des_demandes », « GDM.01 »)',
  });

const libelle = z
  .string({ error: 'texte attendu' })
  .trim()
  .min(1, { error: 'texte non vide attendu' })
  .max(200, { error: '200 caractères au plus' });

/** 1 = traité par le SIAO local (référent), 2 = escaladé à l'assistance nationale. */
export const LevelSchema = z.union([z.literal(1), z.literal(2)], {
  error: 'niveau 1 ou 2 attendu',
});
export type Level = z.infer<typeof LevelSchema>;

/** Fields shared by the three depths; each one inherits what it does not set from its parent. */
const nodeFields = {
  code: NomenclatureCodeSchema,
  libelle,
  level: LevelSchema.optional(),
  /** Knowledge-base category slugs (e.g. 'gestion-des-demandes') whose articles fit this entry. */
  kbCategories: z
    .array(z.string({ error: 'texte attendu' }), { error: 'liste attendue' })
    .optional(),
  /** Other names of this entry on a support form (« Formation continue du SI SIAO » for
   * « Formation continue »): the fill maps the entry onto an option bearing one of them. */
  synonyms: z
    .array(z.string({ error: 'texte attendu' }).max(200), { error: 'liste attendue' })
    .max(20, { error: '20 synonymes au plus' })
    .optional(),
  /** Words or short phrases a referent would write about this entry, for the motif proposal. */
  keywords: z.array(z.string({ error: 'texte attendu' }), { error: 'liste attendue' }).optional(),
  /** False when no usager is concerned (account, training…): no ID ménage/personne is required. */
  usagerRequired: z.boolean({ error: 'true ou false attendu' }).optional(),
  /** Set on entries invented locally, pending the official list. */
  provisional: z.boolean({ error: 'true ou false attendu' }).optional(),
};

export const SousMotifSchema = z.strictObject(nodeFields, { error: 'objet attendu' });
export type SousMotif = z.infer<typeof SousMotifSchema>;

export const MotifSchema = z.strictObject(
  {
    ...nodeFields,
    /** SI SIAO page kinds on which this motif is the likely subject (fiche demande → demande). */
    pageKinds: z.array(PageKindSchema, { error: 'liste attendue' }).optional(),
    sousMotifs: z.array(SousMotifSchema, { error: 'liste attendue' }).default([]),
  },
  { error: 'objet attendu' },
);
export type Motif = z.infer<typeof MotifSchema>;

export const ThematiqueSchema = z.strictObject(
  {
    ...nodeFields,
    motifs: z
      .array(MotifSchema, { error: 'liste attendue' })
      .min(1, { error: 'au moins un motif attendu' }),
  },
  { error: 'objet attendu' },
);
export type Thematique = z.infer<typeof ThematiqueSchema>;

/** Shape only; use `parseNomenclature` to also check that every code is unique. */
export const NomenclatureShapeSchema = z.strictObject(
  {
    version: z.string({ error: 'texte attendu' }).optional(),
    source: z.string({ error: 'texte attendu' }).optional(),
    thematiques: z
      .array(ThematiqueSchema, { error: 'liste attendue' })
      .min(1, { error: 'au moins une thématique attendue' }),
  },
  { error: 'objet attendu' },
);
export type Nomenclature = z.infer<typeof NomenclatureShapeSchema>;

/** What a draft stores: codes only, each null until chosen. */
export const NomenclatureSelectionSchema = z.object({
  thematique: z.string().max(100).nullable(),
  motif: z.string().max(100).nullable(),
  sousMotif: z.string().max(100).nullable(),
});
export type NomenclatureSelection = z.infer<typeof NomenclatureSelectionSchema>;
