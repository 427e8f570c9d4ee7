import { extensionOf, type ImageMime } from './encode-choice';

/**
 * File name of a capture: `capture-<page>-<n>.<ext>`, e.g. `capture-fiche-menage-1.png`. The page
 * part comes from the detected page kind (camelCase or free text), folded to ASCII kebab-case
 * because some mail gateways mangle accented attachment names.
 */
export function captureFileName(
  page: string | null | undefined,
  index: number,
  mime: ImageMime,
): string {
  const slug = (page ?? '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  const n = Math.max(1, Math.floor(index));
  return `capture-${slug || 'page'}-${n}.${extensionOf(mime)}`;
}
