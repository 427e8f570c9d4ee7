import type { z } from 'zod';
import { formatPath } from '../core/nomenclature/validate';

/**
 * zod issues in the French a referent reads in the options or after an import: one line per
 * problem, naming the key exactly as in the file (« nomenclature.thematiques[0].libelle : texte
 * attendu »). Unknown keys are not errors here: `splitIssues` sets them apart as warnings.
 */

const EXPECTED: Record<string, string> = {
  string: 'texte attendu',
  number: 'nombre attendu',
  int: 'nombre entier attendu',
  boolean: 'true ou false attendu',
  array: 'liste attendue',
  object: 'objet attendu',
};

/** `nomenclature.thematiques[0].code`; the root document is « configuration ». */
export function pathText(path: readonly PropertyKey[]): string {
  const [head, ...rest] = path;
  if (head === undefined) return 'configuration';
  return typeof head === 'number'
    ? formatPath(path, 'configuration')
    : formatPath(rest, String(head));
}

/** Our schemas carry French messages; zod's own are English and start like these. */
function isZodDefault(message: string): boolean {
  return /^(Invalid|Too (big|small)|Expected|Unrecognized|String|Number)/.test(message);
}

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The French explanation of one issue, without its path. */
export function issueText(issue: z.core.$ZodIssue): string {
  // A message written in French in a schema says it best (« au moins un motif attendu »).
  const own = !isZodDefault(issue.message) && issue.code !== 'unrecognized_keys';
  if (own && !(issue.code === 'invalid_type' && issue.input === undefined)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? 'obligatoire'
        : (EXPECTED[issue.expected] ?? 'type inattendu');
    case 'invalid_value': {
      const allowed = issue.values.map(show).join(', ');
      if (issue.values.length === 1) return `valeur attendue : ${allowed}`;
      return `valeur inconnue « ${show(issue.input)} » (attendu : ${allowed})`;
    }
    case 'too_big': {
      const max = String(issue.maximum);
      if (issue.origin === 'string') return `trop long (${max} caractères au plus)`;
      if (issue.origin === 'array') return `trop d'éléments (${max} au plus)`;
      return `trop grand (${max} au plus)`;
    }
    case 'too_small': {
      const min = String(issue.minimum);
      if (issue.origin === 'string') {
        return min === '1' ? 'ne doit pas être vide' : `trop court (${min} caractères au moins)`;
      }
      if (issue.origin === 'array') {
        return min === '1'
          ? 'liste vide : au moins un élément attendu'
          : `au moins ${min} éléments attendus`;
      }
      return `trop petit (${min} au moins)`;
    }
    case 'unrecognized_keys':
      return `clé inconnue ${issue.keys.map((k) => `« ${k} »`).join(', ')}`;
    case 'invalid_key':
      return 'clé invalide';
    case 'invalid_format':
    case 'custom':
      return 'format invalide';
    default:
      return 'valeur invalide';
  }
}

/**
 * A union's failure explained by the branch the person evidently meant: for `labels: [1]` the
 * list branch (« detection.volet.labels[0] : texte attendu »), not « format non reconnu ».
 */
function unionLines(issue: z.core.$ZodIssue & { code: 'invalid_union' }): string[] | null {
  const meant = issue.errors.filter(
    (branch) => !branch.some((i) => i.path.length === 0 && i.code === 'invalid_type'),
  );
  const [only] = meant;
  if (meant.length !== 1 || !only) return null;
  return only.flatMap((i) => issueLines({ ...i, path: [...issue.path, ...i.path] }));
}

/** Lines « path : message » for one issue (a union may expand to several). */
export function issueLines(issue: z.core.$ZodIssue): string[] {
  if (issue.code === 'invalid_union') {
    const lines = unionLines(issue);
    if (lines) return lines;
    return [`${pathText(issue.path)} : format non reconnu (une liste, ou { "set": [...] })`];
  }
  return [`${pathText(issue.path)} : ${issueText(issue)}`];
}

/** Where an unknown key sits: « foo.bar », for the warning « clé inconnue ignorée : foo.bar ». */
export interface UnknownKey {
  path: PropertyKey[];
  key: string;
}

/** Separates unknown keys (reported, then ignored) from real errors. */
export function splitIssues(issues: readonly z.core.$ZodIssue[]): {
  unknown: UnknownKey[];
  errors: string[];
} {
  const unknown: UnknownKey[] = [];
  const errors: string[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) unknown.push({ path: [...issue.path], key });
    } else {
      errors.push(...issueLines(issue));
    }
  }
  return { unknown, errors: [...new Set(errors)] };
}

/** « clé inconnue ignorée : detection.ids.menageId.labelz ». */
export function unknownKeyWarning(u: UnknownKey): string {
  return `clé inconnue ignorée : ${u.path.length ? `${pathText(u.path)}.${u.key}` : u.key}`;
}
