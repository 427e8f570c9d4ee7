import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const eslint = new ESLint({ cwd: root });

/** The messages lint gives `code` as if it were the file at `file` (nothing is written). */
async function lintAs(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

/** Issue 17: the boundaries of the house are held by lint, not by memory. */
describe('lint keeps the boundaries', () => {
  it('refuses a core → sites import, and a components → ext one', async () => {
    expect(
      await lintAs(
        'utils/core/text/probe.ts',
        `import { DEFAULT_DETECTION_RULES } from '../../sites/sisiao/default-rules';\nexport const x = DEFAULT_DETECTION_RULES;\n`,
      ),
    ).toEqual([
      expect.stringMatching(/no-restricted-imports.*utils\/core may not import utils\/sites/),
    ]);
    expect(
      await lintAs(
        'components/Probe.tsx',
        `import { readDrafts } from '../utils/ext/storage/drafts-store';\nexport const x = readDrafts;\n`,
      ),
    ).toEqual([expect.stringMatching(/components may not import utils\/ext/)]);
    // The same import from where it belongs is fine.
    expect(
      await lintAs(
        'utils/config/probe.ts',
        `import { DEFAULT_DETECTION_RULES } from '../sites/sisiao/default-rules';\nexport const x = DEFAULT_DETECTION_RULES;\n`,
      ),
    ).toEqual([]);
  });

  it('refuses raw browser storage outside utils/ext/storage/', async () => {
    const code = `import { browser } from 'wxt/browser';\nexport const x = () => browser.storage.local.get('drafts');\n`;
    expect(await lintAs('entrypoints/sidepanel/probe.ts', code)).toEqual([
      expect.stringMatching(/no-restricted-syntax.*utils\/ext\/storage/),
    ]);
    expect(await lintAs('utils/ext/storage/probe.ts', code)).toEqual([]);
  });

  it('refuses runtime.sendMessage outside utils/ext/protocol/', async () => {
    const code = `import { browser } from 'wxt/browser';\nexport const x = () => browser.runtime.sendMessage({ type: 'kbStatus' });\n`;
    expect(await lintAs('entrypoints/options/probe.ts', code)).toEqual([
      expect.stringMatching(/no-restricted-syntax.*utils\/ext\/protocol/),
    ]);
    expect(await lintAs('utils/ext/protocol/probe.ts', code)).toEqual([]);
  });
});
