// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCENE } from '../demo/scene';
import { MANIFEST, README_PICTURES, sceneHash, type PicturesManifest } from '../demo/scene-hash';

// The README's pictures come from the demo's scene: once the scene changes, they must be taken
// again (`npm run demo -- --readme`), or the README shows a product that no longer exists.
describe('README pictures', () => {
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as PicturesManifest;
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

  it('were taken from the current scene description', () => {
    expect(
      manifest.scene,
      'tests/demo/scene.ts changed since the README pictures were taken: run `npm run demo -- --readme`',
    ).toBe(sceneHash());
  });

  it('are every picture the scene marks for the README, and all exist', () => {
    expect(manifest.pictures).toEqual(SCENE.flatMap((s) => (s.readme ? [s.readme] : [])));
    for (const name of manifest.pictures)
      expect(existsSync(`${README_PICTURES}${name}`)).toBe(true);
  });

  it('are the only pictures of tests/demo/screenshots/ the README shows', () => {
    const shown = [...readme.matchAll(/\]\(tests\/demo\/screenshots\/([^)]+)\)/g)].map((m) => m[1]);
    expect(shown.length).toBeGreaterThanOrEqual(3);
    for (const name of shown) expect(manifest.pictures).toContain(name);
    // At least the panel with suggestions, a masked capture and the filled form.
    expect(shown).toEqual(
      expect.arrayContaining(['panneau.png', 'capture-stricte.png', 'formulaire.png']),
    );
  });
});
