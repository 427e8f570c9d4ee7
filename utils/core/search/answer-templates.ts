import { z } from 'zod';

/** Placeholders a template may use, written {{name}}. */
export const PLACEHOLDERS = ['prenom', 'titre', 'lien', 'section', 'signature'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

const PLACEHOLDER = /\{\{(\w+)\}\}/g;

/**
 * A « Copier une réponse type » template, as data (editable in options). Lines starting with « ? »
 * are kept only when all their placeholders have a value (e.g. the section line).
 */
export const AnswerTemplateSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{1,40}$/),
    label: z.string().min(1).max(80),
    body: z.string().min(1).max(2000),
  })
  .refine(
    (t) =>
      [...t.body.matchAll(PLACEHOLDER)].every((m) => PLACEHOLDERS.includes(m[1] as Placeholder)),
    {
      message: `placeholders allowed: ${PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')}`,
    },
  );
export type AnswerTemplate = z.infer<typeof AnswerTemplateSchema>;

export const AnswerTemplateListSchema = z.array(AnswerTemplateSchema).min(1);

/** What a template is filled with. The link must be http(s): it ends up in a message to a user. */
export const AnswerValuesSchema = z.object({
  title: z.string().min(1),
  url: z.url({ protocol: /^https?$/ }),
  section: z.string().optional(),
  userFirstName: z.string().optional(),
  signature: z.string().optional(),
});
export type AnswerValues = z.infer<typeof AnswerValuesSchema>;

/** The templates shipped by default. */
export const DEFAULT_ANSWER_TEMPLATES: readonly AnswerTemplate[] = [
  {
    id: 'article',
    label: "Renvoyer vers l'article",
    body:
      'Bonjour {{prenom}},\n\n' +
      "La marche à suivre est décrite dans l'article « {{titre}} » de la base de connaissances :\n" +
      '{{lien}}\n' +
      '?Voir en particulier la partie « {{section}} ».\n\n' +
      "N'hésitez pas à revenir vers moi si la difficulté persiste.\n\n" +
      '{{signature}}',
  },
  {
    id: 'article-court',
    label: 'Réponse courte',
    body: 'Bonjour {{prenom}}, vous trouverez la réponse ici : « {{titre}} » {{lien}}',
  },
];

/**
 * Builds the answer text. Empty placeholders vanish with the space before them (« Bonjour, »),
 * « ? » lines go when one of their placeholders is empty, and trailing blank lines are trimmed.
 */
export function renderAnswer(template: AnswerTemplate, values: AnswerValues): string {
  const v = AnswerValuesSchema.parse(values);
  const map: Record<Placeholder, string> = {
    prenom: v.userFirstName?.trim() ?? '',
    titre: v.title.trim(),
    lien: v.url,
    section: v.section?.trim() ?? '',
    signature: v.signature?.trim() ?? '',
  };
  const value = (name: string): string => map[name as Placeholder] ?? '';
  const lines: string[] = [];
  for (const line of template.body.split('\n')) {
    if (line.startsWith('?')) {
      if ([...line.matchAll(PLACEHOLDER)].some((m) => !value(m[1] ?? ''))) continue;
      lines.push(line.slice(1));
    } else {
      lines.push(line);
    }
  }
  return lines
    .join('\n')
    .replace(/( ?)\{\{(\w+)\}\}/g, (_m, space: string, name: string) =>
      value(name) ? space + value(name) : '',
    )
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
