import * as sel from './selectors';

/**
 * The page as a person sees it when a modal is open. Angular CDK, MUI and react-modal put
 * `aria-hidden` on everything around the dialog, yet the fiche stays on screen under the backdrop:
 * reading it as hidden would lose its IDs and, worse, leave its names unmasked. Returns a copy
 * without that mark (same structure, so `nodeAt(doc, pathOf(n))` maps back), or null.
 */
export function unshaded(doc: Document): Document | null {
  const modal = doc.querySelector(sel.openModal);
  const paths: number[][] = [];
  for (let e = modal; e?.parentElement; e = e.parentElement) {
    for (const s of Array.from(e.parentElement.children)) {
      if (s !== e && s.getAttribute('aria-hidden') === 'true') paths.push(pathOf(s));
    }
  }
  if (!paths.length) return null;
  const copy = doc.cloneNode(true) as Document;
  for (const p of paths) (nodeAt(copy, p) as Element | null)?.removeAttribute('aria-hidden');
  return copy;
}

/** Child indices from the document down to a node. */
export function pathOf(node: Node): number[] {
  const path: number[] = [];
  for (let n = node; n.parentNode; n = n.parentNode)
    path.unshift(Array.prototype.indexOf.call(n.parentNode.childNodes, n));
  return path;
}

/** The node at a path of child indices (from `pathOf`, possibly of another copy), or null. */
export function nodeAt(root: Node, path: readonly number[]): Node | null {
  let n: Node | undefined = root;
  for (const i of path) n = n?.childNodes[i];
  return n ?? null;
}
