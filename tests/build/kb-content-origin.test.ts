import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The form filler lives in the knowledge-base content script: it must run on the national
 * knowledge base only, never on a look-alike host (a support form lookalike posting elsewhere is
 * then never even seen). The SI SIAO scripts, for their part, never run on the knowledge base.
 */
const KB = 'https://basedeconnaissances.sisiao.dihal.gouv.fr/*';
const MANIFESTS = ['.output/chrome-mv3/manifest.json', '.output/firefox-mv3/manifest.json'];

describe.each(MANIFESTS)('%s', (file) => {
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as {
    content_scripts?: Array<{ matches: string[]; exclude_matches?: string[]; js?: string[] }>;
  };
  const scripts = manifest.content_scripts ?? [];

  it('runs kb.js on the national knowledge base and nowhere else', () => {
    const kb = scripts.filter((s) => s.js?.some((j) => /(?:^|\/)kb\.js$/.test(j)));
    expect(kb).toHaveLength(1);
    expect(kb[0]?.matches).toEqual([KB]);
  });

  it('runs no other script on the knowledge base, and no wildcard host anywhere', () => {
    for (const s of scripts) {
      if (s.js?.some((j) => /(?:^|\/)kb\.js$/.test(j))) continue;
      expect(s.matches, s.js?.join()).not.toContain(KB);
    }
    for (const m of scripts.flatMap((s) => s.matches)) {
      expect(m).not.toMatch(/^\*:|:\/\/\*|<all_urls>/);
    }
  });
});
