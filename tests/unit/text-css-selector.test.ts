import { describe, expect, it } from 'vitest';
import { validateConfigFile } from '../../utils/config/validate';
import { selectorProblem } from '../../utils/core/text/css-selector';

/** Issue 18: selectors of an imported configuration are validated at import. */
describe('selectors brought by a configuration', () => {
  it('keeps real selectors', () => {
    for (const s of [
      '.commentaire',
      '#fiche > dd.note',
      'textarea[name="commentaire"]',
      'td:nth-child(3)',
    ])
      expect(selectorProblem(s)).toBeNull();
  });

  it('refuses what does not parse, and what belongs to a stylesheet or markup', () => {
    expect(selectorProblem('div[')).toBe('sélecteur CSS invalide');
    expect(selectorProblem('div { display: none }')).toMatch(/interdit/);
    expect(selectorProblem('@import url(x)')).toMatch(/interdit/);
    expect(selectorProblem('a; b')).toMatch(/interdit/);
    expect(selectorProblem('<img src=x>')).toMatch(/interdit/);
  });

  it('makes an import with a broken masking selector fail with a French message', () => {
    const out = validateConfigFile({ version: 1, masking: { selectors: ['.ok', 'div['] } });
    expect(out.ok).toBe(false);
    expect(JSON.stringify(out)).toMatch(/sélecteur CSS invalide/);
  });
});
