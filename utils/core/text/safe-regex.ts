/**
 * Regular expressions that come from a file, a policy or a feed run on page text at every screen:
 * one with nested quantifiers (`^(\d+)+$`) can take seconds on a 30-character text and freeze the
 * tab. Only a safe subset is accepted: bounded length, no back-reference, no lookbehind, and no
 * quantified group that itself holds a quantifier or an alternation — the shapes behind
 * catastrophic backtracking.
 */

export const MAX_PATTERN_LENGTH = 200;

/** Why a pattern is refused, in French, or null when it is in the safe subset. */
export function unsafePatternReason(source: string): string | null {
  if (source.length > MAX_PATTERN_LENGTH)
    return `expression trop longue (${MAX_PATTERN_LENGTH} caractères au plus)`;
  try {
    new RegExp(source, 'u');
  } catch {
    return 'expression régulière invalide';
  }
  if (/\\[1-9]|\\k</.test(source)) return 'référence arrière refusée';
  if (/\(\?<[=!]/.test(source)) return 'assertion arrière refusée';
  // Per open group: whether it holds a quantifier or an alternation.
  const stack: Array<{ risky: boolean }> = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') {
      inClass = true;
      continue;
    }
    if (ch === '(') {
      stack.push({ risky: false });
      continue;
    }
    if (ch === '|' && stack.length) {
      (stack[stack.length - 1] as { risky: boolean }).risky = true;
      continue;
    }
    if (ch === ')') {
      const group = stack.pop();
      const next = source.slice(i + 1);
      const quantified = /^(?:[*+]|\{\d*,?\d*\})/.test(next);
      if (group?.risky && quantified)
        return 'quantificateurs imbriqués refusés (exemple : (\\d+)+), qui peuvent bloquer la page';
      // The group's own quantifier makes its parent risky too.
      if (quantified || group?.risky) markParent(stack);
      continue;
    }
    if (ch === '*' || ch === '+' || (ch === '{' && /^\{\d+,?\d*\}/.test(source.slice(i))))
      markParent(stack);
  }
  return null;
}

function markParent(stack: Array<{ risky: boolean }>): void {
  const top = stack[stack.length - 1];
  if (top) top.risky = true;
}

/** A compiled pattern in the safe subset, or null. */
export function safePattern(source: string, flags = 'u'): RegExp | null {
  if (unsafePatternReason(source)) return null;
  try {
    return new RegExp(source, flags);
  } catch {
    return null;
  }
}
