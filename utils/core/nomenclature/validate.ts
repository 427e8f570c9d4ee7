import type { z } from 'zod';
import { NomenclatureShapeSchema, type Nomenclature } from './schema';

/** The outcome of checking a nomenclature: the value, or every problem in plain French. */
export type NomenclatureResult =
  { ok: true; nomenclature: Nomenclature } | { ok: false; errors: string[] };

/** Writes a zod path the way a person editing the JSON reads it: `nomenclature.thematiques[0].code`. */
export function formatPath(path: readonly PropertyKey[], root = 'nomenclature'): string {
  let out = root;
  for (const part of path) {
    out += typeof part === 'number' ? `[${part}]` : `.${String(part)}`;
  }
  return out;
}

const EXPECTED: Record<string, string> = {
  string: 'texte attendu',
  number: 'nombre attendu',
  boolean: 'true ou false attendu',
  array: 'liste attendue',
  object: 'objet attendu',
};

function issueMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys': {
      const keys = issue.keys.map((k) => `« ${k} »`).join(', ');
      return issue.keys.length > 1 ? `champs inconnus ${keys}` : `champ inconnu ${keys}`;
    }
    case 'invalid_value':
      return `valeur inattendue (attendu : ${issue.values.map(String).join(', ')})`;
    case 'invalid_type':
      // zod's own wording is English; ours is set on every schema, this covers the rest.
      return /^Invalid input/.test(issue.message)
        ? (EXPECTED[issue.expected] ?? 'valeur inattendue')
        : issue.message;
    default:
      return /^(Invalid|Too|Expected)/.test(issue.message) ? 'valeur inattendue' : issue.message;
  }
}

/**
 * Validates a nomenclature (the shipped JSON or one pasted in the options) and checks that every
 * code is unique across the whole tree, since drafts store codes alone and a code must name one
 * entry. Errors name the path, e.g. « nomenclature.thematiques[0].motifs[3].libelle : texte attendu ».
 */
export function parseNomenclature(value: unknown): NomenclatureResult {
  const parsed = NomenclatureShapeSchema.safeParse(value);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((i) => `${formatPath(i.path)} : ${issueMessage(i)}`),
    };
  }
  const errors = duplicateCodeErrors(parsed.data);
  return errors.length ? { ok: false, errors } : { ok: true, nomenclature: parsed.data };
}

function duplicateCodeErrors(n: Nomenclature): string[] {
  const seen = new Map<string, string>();
  const errors: string[] = [];
  const visit = (code: string, path: string): void => {
    const first = seen.get(code);
    if (first) errors.push(`${path} : le code « ${code} » est déjà utilisé par ${first}`);
    else seen.set(code, path);
  };
  n.thematiques.forEach((t, ti) => {
    const tp = `nomenclature.thematiques[${ti}]`;
    visit(t.code, `${tp}.code`);
    t.motifs.forEach((m, mi) => {
      const mp = `${tp}.motifs[${mi}]`;
      visit(m.code, `${mp}.code`);
      m.sousMotifs.forEach((s, si) => visit(s.code, `${mp}.sousMotifs[${si}].code`));
    });
  });
  return errors;
}
