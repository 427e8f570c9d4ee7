import type { z } from 'zod';

/** French names of the types a referent may have mistyped in a configuration. */
const TYPE_NAMES: Record<string, string> = {
  array: 'une liste',
  string: 'un texte',
  object: 'un objet',
  number: 'un nombre',
  boolean: 'vrai ou faux',
};

/**
 * Turns zod issues into one French message naming each wrong key by its full path, e.g.
 * « detection.ids.menageId.labelz » : clé inconnue. Meant for referents editing options or a
 * config file, who need to know which line to fix.
 */
export function formatZodIssues(issues: readonly z.core.$ZodIssue[], prefix = ''): string {
  const lines = issues.slice(0, 5).map((issue) => {
    const base = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    const at = (key?: string) => `« ${[base, key].filter(Boolean).join('.') || '(racine)'} »`;
    switch (issue.code) {
      case 'unrecognized_keys':
        return issue.keys.map((k) => `${at(k)} : clé inconnue`).join(' ; ');
      case 'invalid_type':
        return `${at()} : ${TYPE_NAMES[issue.expected] ?? issue.expected} attendu`;
      case 'too_big':
        return `${at()} : trop long (maximum ${String(issue.maximum)})`;
      case 'too_small':
        return `${at()} : vide ou trop court`;
      case 'invalid_value':
        return `${at()} : valeur non reconnue (attendu : ${issue.values.map(String).join(', ')})`;
      case 'invalid_union':
        return `${at()} : format non reconnu (une liste, ou { "set": [...] })`;
      case 'invalid_format':
      case 'custom':
        return `${at()} : ${frenchOr(issue.message, 'format invalide')}`;
      default:
        return `${at()} : valeur invalide`;
    }
  });
  const more = issues.length > 5 ? ` (et ${issues.length - 5} autres erreurs)` : '';
  return `Règles invalides : ${lines.join(' ; ')}${more}`;
}

/** zod's own messages are English; keep ours (written in French in the schemas) and replace the rest. */
function frenchOr(message: string, fallback: string): string {
  return /^(Invalid|Too|Expected|String|Number)/.test(message) ? fallback : message;
}
