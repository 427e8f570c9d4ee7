import { describe, expect, it } from 'vitest';
import {
  configSizeError,
  DEFAULT_CONFIG,
  readManagedPolicy,
  resolveConfig,
  validateConfigFile,
  weakenings,
} from '../../utils/config';
import { optionsText } from '../../components/options/text';
import { weakeningText } from '../../components/options/weakening-text';

const withFile = (file: Record<string, unknown>) =>
  resolveConfig({ version: 1, ...file } as never, DEFAULT_CONFIG);

describe('configuration from outside: caps and confirmations', () => {
  it('refuses an oversized import or policy with a French message', () => {
    const big = JSON.stringify({ version: 1, padding: 'x'.repeat(300 * 1024) });
    expect(configSizeError(big)).toMatch(
      /^Le fichier fait \d+ Ko : une configuration fait 256 Ko au plus/,
    );
    expect(configSizeError('{"version":1}')).toBeNull();
    const policy = readManagedPolicy({ masking: { safeWords: Array(60_000).fill('mot') } });
    expect(policy.errors[0]).toMatch(/stratégie de votre administrateur fait/);
    expect(policy.file).toEqual({ version: 1 });
  });

  it('refuses a catastrophic pattern at import, naming the key', () => {
    const result = validateConfigFile({
      version: 1,
      detection: {
        custom: [{ name: 'x', field: 'menageId', selector: 'h1', pattern: '^(\\d+)+$' }],
      },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toMatch(/quantificateurs imbriqués/);
  });

  it('lists what a masking-reducing import weakens, for the person to confirm', () => {
    const current = withFile({});
    const weaker = withFile({
      masking: { mode: 'cible', labels: { set: ['Nom'] }, safeWords: ['Bondy'] },
      addresses: { knowledgeBase: 'https://autre.example.fr' },
    });
    const found = weakenings(current, weaker);
    expect(found.map((w) => w.code)).toEqual([
      'strictToTargeted',
      'labelsRemoved',
      'safeWordsAdded',
      'kbChanged',
    ]);
    const lines = found.map((w) => weakeningText(w, optionsText('fr')));
    expect(lines.join('\n')).toMatch(/« strict » à « ciblé »/);
    expect(lines.join('\n')).toMatch(/libellés masqués en moins/);
    expect(lines.join('\n')).toMatch(/vocabulaire laissé visible : Bondy/);
    expect(lines.join('\n')).toMatch(/La base de connaissances change/);
    const english = found.map((w) => weakeningText(w, optionsText('en')));
    expect(english[0]).toBe(
      'Masking goes from “strict” to “targeted”: only the named fields will be masked.',
    );
    expect(english[2]).toBe('1 word(s) added to the vocabulary left visible: Bondy.');
  });

  it('asks nothing of an import that masks as much or more', () => {
    expect(weakenings(withFile({}), withFile({ masking: { labels: ['Surnom'] } }))).toEqual([]);
    expect(weakenings(withFile({ masking: { mode: 'cible' } }), withFile({}))).toEqual([]);
  });
});
