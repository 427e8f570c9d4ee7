import type { CompiledRules } from './compiled-rules';
import { isUnseenOrTyped, queryAll } from './dom-read';
import { bannerZones } from './user-facts';
import * as sel from './selectors';

/**
 * The application's chrome where the connected referent shows: the banner zones, less any that
 * comes after the screen's first heading or holds section headings — without `<main>`, a fiche
 * block named `bloc-profil` or `compte-rendu` matches the zone words, and its usager's e-mail
 * would be taken for the referent's and left unmasked.
 */
export function chromeZones(doc: Document, c: CompiledRules): Element[] {
  const h1 = queryAll(doc, 'body h1', 4).find((h) => !isUnseenOrTyped(h));
  return bannerZones(doc, c).filter(
    (z) =>
      !(h1 && follows(z, h1)) &&
      (/^header$/.test(z.localName) ||
        z.getAttribute('role') === 'banner' ||
        !z.querySelector('h2,h3')),
  );
}

/**
 * Whether `z` comes after `h` in document order, neither holding the other (`compareDocumentPosition`
 * walks the whole document in happy-dom, where the detector's benchmark runs).
 */
function follows(z: Element, h: Element): boolean {
  if (z.contains(h)) return false;
  for (let a = h; a.parentElement; a = a.parentElement) {
    const p = a.parentElement;
    if (!p.contains(z)) continue;
    let b = z;
    while (b.parentElement !== p) b = b.parentElement as Element;
    const kids = Array.from(p.children);
    return kids.indexOf(b) > kids.indexOf(a);
  }
  return false;
}

const EMAIL = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,190}\.[A-Za-z]{2,24}/g;
const SERVICE_MAILBOX =
  /^(?:assistance|support|contact|no-?reply|ne-pas-repondre|info|aide|helpdesk)[@.+-]/i;

/**
 * The referent's e-mail in the chrome: an address shown, read text node by text node (Angular
 * drops the whitespace between elements, so « SI SIAO » and the address run together in the zone's
 * text), else the one `mailto:` link that is not the support's. Several → null.
 */
export function zoneEmail(zones: readonly Element[]): string | null {
  const shown = new Set<string>();
  const linked = new Set<string>();
  for (const zone of zones) {
    const walker = zone.ownerDocument.createTreeWalker(zone, 4);
    for (let n = walker.nextNode(), i = 0; n && i < 500; n = walker.nextNode(), i++) {
      for (const m of (n.nodeValue ?? '').matchAll(EMAIL)) shown.add(m[0].toLowerCase());
    }
    for (const a of queryAll(zone, sel.mailtoLink, 10)) {
      let addr = (a.getAttribute('href') ?? '').slice(7).split('?')[0] as string;
      try {
        addr = decodeURIComponent(addr);
      } catch {
        // « mailto:%E0 »: left as written, and no address.
      }
      if (addr.match(EMAIL)?.[0] === addr && !SERVICE_MAILBOX.test(addr))
        linked.add(addr.toLowerCase());
    }
  }
  const one = shown.size ? shown : linked;
  return one.size === 1 ? ([...one][0] as string) : null;
}
