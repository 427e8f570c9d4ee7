import { z } from 'zod';

/**
 * A CSS selector brought by a configuration file, a policy or a feed is checked before it is kept:
 * it must parse as a selector (where a DOM is at hand to say so) and carry nothing that belongs to
 * a stylesheet or markup (`{`, `}`, `;`, `@`, `<`, comments) — a selector, not a way in.
 */
const FOREIGN = /[{};@<]|\/\*|\\0/;

export function selectorProblem(selector: string): string | null {
  if (FOREIGN.test(selector)) return 'caractère interdit dans un sélecteur CSS';
  const doc = (globalThis as { document?: Document }).document;
  if (!doc) return null; // the service worker has no DOM: the options page checked it at import
  try {
    doc.createDocumentFragment().querySelector(selector);
    return null;
  } catch {
    return 'sélecteur CSS invalide';
  }
}

/** A selector field of a configuration: 1 to 200 characters, checked as above. */
export const CssSelectorSchema = z
  .string()
  .min(1)
  .max(200)
  .superRefine((v, ctx) => {
    const problem = selectorProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
