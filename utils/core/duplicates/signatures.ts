import { fold } from '../text/french';

/**
 * Error lines that identify a problem by themselves: « HTTP 500 sur PUT /api/demandes/12/statut »,
 * an application code like ERR_DEMANDE_VERROUILLEE, an exception name. Two reports that quote the
 * same one describe the same failure even when the words around it differ.
 */

const HTTP_CALL = /\b(get|post|put|patch|delete)\s+((?:https?:\/\/[^\s/]+)?\/[^\s,;)\]"'«»<>]+)/g;
const HTTP_STATUS = /\b(?:http|erreur|error|code|statut|status)\s*:?\s*([1-5]\d\d)\b/g;
const APP_CODE = /\b[A-Z][A-Z0-9]*_[A-Z0-9_]{3,}\b/g;
const EXCEPTION = /\b[A-Z][A-Za-z]+(?:Exception|Error)\b/g;

/** A path with its variable parts (IDs, UUIDs, query) replaced, so cases do not matter. */
export function normalizeApiPath(path: string): string {
  const bare = path.replace(/^https?:\/\/[^/]+/, '').split(/[?#]/)[0] ?? '';
  return bare
    .split('/')
    .map((seg) => (/\d/.test(seg) ? ':id' : seg))
    .join('/')
    .replace(/\/+$/, '');
}

/**
 * The error signatures of a text: `put /api/demandes/:id/statut#500` (status after `#`, empty
 * when none is written) and `code:…` for application codes and exception names.
 */
export function errorSignatures(text: string): string[] {
  const out = new Set<string>();
  const folded = fold(text);
  const statuses = [...folded.matchAll(HTTP_STATUS)].map((m) => m[1] ?? '');
  for (const m of folded.matchAll(HTTP_CALL)) {
    const method = m[1] ?? '';
    const path = normalizeApiPath(m[2] ?? '');
    if (path.length < 2) continue;
    out.add(`${method} ${path}#${statuses[0] ?? ''}`);
  }
  for (const m of text.matchAll(APP_CODE)) out.add(`code:${m[0].toLowerCase()}`);
  for (const m of text.matchAll(EXCEPTION)) out.add(`code:${m[0].toLowerCase()}`);
  return [...out];
}

/** True when two signatures name the same failure (same call; statuses equal or one unknown). */
export function sameSignature(a: string, b: string): boolean {
  if (a === b) return true;
  const [callA, statusA = ''] = a.split('#');
  const [callB, statusB = ''] = b.split('#');
  return callA === callB && (statusA === '' || statusB === '');
}
