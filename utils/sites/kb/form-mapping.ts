/**
 * Which control of the support form holds which piece of the escalation, kept as data so that the
 * options page can override it when the national form is edited (a property renamed, a label
 * reworded) without a new release of the extension.
 */
import { z } from 'zod';
import { fold } from '../../core/text/french';
import { HubspotPinSchema } from './form-identity';

/** The logical fields of the support form, in the order a person fills them. */
export const FORM_FIELDS = [
  'email',
  'subject',
  'description',
  'thematique',
  'motif',
  'sousMotif',
  'attachments',
] as const;

export const formFieldSchema = z.enum(FORM_FIELDS);
/** One logical field of the support form. */
export type FormField = z.infer<typeof formFieldSchema>;

/** How one logical field is recognised: control names first, then visible label text. */
export const fieldRuleSchema = z.object({
  /** Control `name`s; `*` matches any run of characters. Compared case-, `_`- and `-`-blind. */
  names: z.array(z.string().min(1)),
  /** Visible label texts; compared accent-, case- and punctuation-blind. */
  labels: z.array(z.string().min(1)),
});
export type FieldRule = z.infer<typeof fieldRuleSchema>;

export const formMappingSchema = z.object({
  version: z.literal(1),
  fields: z.object({
    email: fieldRuleSchema,
    subject: fieldRuleSchema,
    description: fieldRuleSchema,
    thematique: fieldRuleSchema,
    motif: fieldRuleSchema,
    sousMotif: fieldRuleSchema,
    attachments: fieldRuleSchema,
  }),
  /** The national HubSpot portal and form; when set, a form claiming another one is not filled. */
  hubspot: HubspotPinSchema.optional(),
});
/** The whole mapping, as stored in options. */
export type FormMapping = z.infer<typeof formMappingSchema>;

/**
 * Defaults. Legacy HubSpot forms name ticket properties `TICKET.<property>` and contact ones
 * bare (`email`); the newer forms prefix the object type id (`0-1/` contacts, `0-5/` tickets).
 * The thématique/motif/sous-motif are custom ticket properties whose internal names we cannot
 * know for sure, hence the variants and the label fallback.
 */
export const DEFAULT_FORM_MAPPING: FormMapping = {
  version: 1,
  fields: {
    email: {
      names: ['email', '0-1/email', 'CONTACT.email', 'TICKET.email', '0-5/email'],
      labels: [
        'Adresse e-mail',
        'Adresse email',
        'Adresse électronique',
        'Adresse mail',
        'Adresse courriel',
        'E-mail',
        'Email',
        'Courriel',
        'Votre adresse e-mail',
        'Votre e-mail',
        'Votre courriel',
        'Mail',
        'Email address',
      ],
    },
    subject: {
      names: ['TICKET.subject', '0-5/subject', 'subject', 'TICKET.objet', '0-5/objet'],
      labels: [
        'Objet',
        'Sujet',
        'Objet de la demande',
        'Sujet de la demande',
        'Titre',
        'Titre de la demande',
        'Intitulé',
        'Intitulé de la demande',
        'Nom du ticket',
        'Subject',
      ],
    },
    description: {
      names: [
        'TICKET.content',
        '0-5/content',
        'content',
        'TICKET.description',
        '0-5/description',
        'description',
      ],
      labels: [
        'Description',
        'Votre demande',
        'Description de la demande',
        'Description du problème',
        'Message',
        'Votre message',
        'Détail de la demande',
        'Détails',
        'Décrivez votre demande',
        'Décrivez votre problème',
        'Décrivez le problème',
        'Votre question',
      ],
    },
    thematique: {
      names: [
        'TICKET.thematique',
        '0-5/thematique',
        'thematique',
        'TICKET.thematique_*',
        '0-5/thematique_*',
      ],
      labels: ['Thématique', 'Thème', 'Catégorie', 'Thématique de la demande'],
    },
    motif: {
      names: ['TICKET.motif', '0-5/motif', 'motif', 'TICKET.motif_*', '0-5/motif_*'],
      labels: ['Motif', 'Motif de la demande'],
    },
    sousMotif: {
      names: [
        'TICKET.sous_motif',
        '0-5/sous_motif',
        'sous_motif',
        'TICKET.sous_motif_*',
        '0-5/sous_motif_*',
      ],
      labels: ['Sous-motif', 'Sous motif', 'Précision du motif'],
    },
    attachments: {
      names: [
        'TICKET.hs_file_upload',
        '0-5/hs_file_upload',
        'hs_file_upload',
        'TICKET.pieces_jointes',
        '0-5/pieces_jointes',
        'attachments',
        'files',
      ],
      labels: [
        'Pièces jointes',
        'Pièce jointe',
        "Captures d'écran",
        "Capture d'écran",
        'Fichiers joints',
        'Joindre un fichier',
        'Joindre des fichiers',
        'Fichiers',
        'Fichier',
        'Documents joints',
        'Ajouter des fichiers',
        'Ajouter un fichier',
        'Ajouter une pièce jointe',
        'Attachments',
        'File upload',
      ],
    },
  },
};

/**
 * Reads a mapping from options: a full mapping, or a partial one whose fields replace the
 * defaults field by field. Anything unreadable falls back to the defaults (never throws).
 */
export function resolveFormMapping(stored: unknown): FormMapping {
  const full = formMappingSchema.safeParse(stored);
  if (full.success) return full.data;
  const partial = z
    .object({
      fields: z.partialRecord(formFieldSchema, fieldRuleSchema).optional(),
      hubspot: HubspotPinSchema.partial().optional(),
    })
    .safeParse(stored);
  if (!partial.success) return DEFAULT_FORM_MAPPING;
  const pin = partial.data.hubspot;
  return {
    version: 1,
    fields: { ...DEFAULT_FORM_MAPPING.fields, ...partial.data.fields },
    ...(pin?.portalIds?.length || pin?.formIds?.length
      ? { hubspot: { portalIds: pin.portalIds ?? [], formIds: pin.formIds ?? [] } }
      : {}),
  };
}

/** Names compared without case, `_`, `-` or spaces: `TICKET.Sous-Motif` is `ticket.sousmotif`. */
function squashName(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, '');
}

/** Whether a control name matches one of the patterns (`*` is a wildcard). */
export function nameMatches(name: string, patterns: readonly string[]): boolean {
  const subject = squashName(name);
  if (!subject) return false;
  return patterns.some((pattern) => {
    const parts = squashName(pattern).split('*').map(escapeRegExp);
    return new RegExp(`^${parts.join('.*')}$`).test(subject);
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * Label text folded for comparison: « Adresse e-mail * : » → `adresse e mail`. Plural and
 * inclusive-writing marks go too, as French forms write them in labels and option texts:
 * « Pièce(s) jointe(s) » → `piece jointe`, « Référent·e » → `referent`.
 */
export function normalizeLabel(text: string): string {
  return fold(text)
    .replace(/\((?:e|s|es|x)\)|·(?:e|s|es)\b/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** How well a label matches synonyms: 2 exactly, 1 when it starts with one, 0 otherwise. */
export function labelScore(label: string, synonyms: readonly string[]): 0 | 1 | 2 {
  const subject = normalizeLabel(label);
  if (!subject) return 0;
  let best: 0 | 1 | 2 = 0;
  for (const synonym of synonyms) {
    const wanted = normalizeLabel(synonym);
    if (!wanted) continue;
    if (subject === wanted) return 2;
    // « Objet de votre demande » starts with « objet »; « Sous-motif » does not start with « motif ».
    if (subject.startsWith(`${wanted} `)) best = 1;
  }
  return best;
}
