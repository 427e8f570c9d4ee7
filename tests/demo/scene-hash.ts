import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Where the README's pictures live, with the manifest saying which scene made them. */
export const README_PICTURES = fileURLToPath(new URL('./screenshots/', import.meta.url));
export const MANIFEST = `${README_PICTURES}manifest.json`;

export interface PicturesManifest {
  /** sha256 of scene.ts (line endings normalised) when the pictures were taken. */
  scene: string;
  pictures: string[];
}

/** The scene description's content hash: timestamps are not kept by a git clone, content is. */
export function sceneHash(): string {
  const text = readFileSync(new URL('./scene.ts', import.meta.url), 'utf8').replace(/\r\n/g, '\n');
  return `sha256:${createHash('sha256').update(text).digest('hex')}`;
}
