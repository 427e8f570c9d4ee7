import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SCENE } from './scene';
import { MANIFEST, README_PICTURES, sceneHash, type PicturesManifest } from './scene-hash';

/** Copies the pictures the README shows from a played scene, and records the scene's hash. */
export function writeReadmePictures(out: string): void {
  const pictures: string[] = [];
  for (const step of SCENE) {
    if (!step.readme) continue;
    copyFileSync(path.join(out, step.picture), path.join(README_PICTURES, step.readme));
    pictures.push(step.readme);
  }
  const manifest: PicturesManifest = { scene: sceneHash(), pictures };
  writeFileSync(MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`Images du README mises à jour : ${pictures.join(', ')} (${README_PICTURES})`);
}
