import type { CompiledRules } from './compiled-rules';
import { isUnseenOrTyped, queryAll, selectedOptionText, textOf } from './dom-read';
import * as sel from './selectors';

/**
 * The connected referent as the header shows them: an e-mail in the user menu, the selected
 * profile. Only the page's banner zone counts: a usager's e-mail in a fiche must never be taken
 * for the referent's.
 */

const EMAIL = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,190}\.[A-Za-z]{2,24}/g;
const SERVICE_MAILBOX =
  /^(?:assistance|support|contact|no-?reply|ne-pas-repondre|info|aide|helpdesk)[@.+-]/i;
const OUTSIDE_BANNER = sel.outsideBanner;

/** The header/user-menu elements of a page, outermost first, at most 8. */
export function bannerZones(doc: Document, compiled: CompiledRules): Element[] {
  const body = doc.body as Element | null;
  if (!body) return [];
  const words = compiled.rules.user.userZoneWords.map((w) => w.replace(/["\\]/g, ''));
  const selector = [
    'header',
    '[role="banner"]',
    ...words.flatMap((w) => [`[id*="${w}"]`, `[class*="${w}"]`]),
  ].join(',');
  const zones: Element[] = [];
  for (const el of queryAll(body, selector, 60)) {
    if (zones.length >= 8) break;
    if (el.localName === 'main' || zones.some((z) => z.contains(el))) continue;
    // A <header> inside main or an article is the fiche's own header, not the application's.
    if (el.parentElement?.closest(OUTSIDE_BANNER)) continue;
    if (isUnseenOrTyped(el)) continue;
    zones.push(el);
  }
  return zones;
}

/** The referent's e-mail from the banner: shown text first, then a `mailto:` link; null if unsure. */
export function bannerEmail(zones: readonly Element[]): string | null {
  const shown = new Set<string>();
  const linked = new Set<string>();
  for (const zone of zones) {
    for (const m of textOf(zone, 3000).matchAll(EMAIL)) shown.add(m[0].toLowerCase());
    for (const a of queryAll(zone, sel.mailtoLink, 10)) {
      const addr = decodeURIComponent((a.getAttribute('href') ?? '').slice(7).split('?')[0] ?? '');
      // « Assistance », « Contact »: the support's address, not the referent's.
      if (new RegExp(EMAIL.source).test(addr) && !SERVICE_MAILBOX.test(addr))
        linked.add(addr.toLowerCase());
    }
  }
  // A shown address is the connected user's; a mailto: may be the support's. Ambiguity → null.
  if (shown.size === 1) return [...shown][0] ?? null;
  if (shown.size === 0 && linked.size === 1) return [...linked][0] ?? null;
  return null;
}

/** The selected profile of a profile `<select>` (found by its name, id, class or aria-label). */
export function profileFromSelect(
  doc: Document,
  compiled: CompiledRules,
  zones: readonly Element[],
): string | null {
  const body = doc.body as Element | null;
  if (!body) return null;
  const words = compiled.rules.user.profileSelectWords.map((w) => w.toLowerCase());
  const found: Array<{ text: string; inZone: boolean }> = [];
  for (const select of queryAll(body, 'select', 40)) {
    const names = ['name', 'id', 'class', 'aria-label', 'title']
      .map((a) => select.getAttribute(a) ?? '')
      .join(' ')
      .toLowerCase();
    if (!words.some((w) => names.includes(w)) || isUnseenOrTyped(select)) continue;
    const text = selectedOptionText(select);
    if (text) found.push({ text, inZone: zones.some((z) => z.contains(select)) });
  }
  return (found.find((f) => f.inZone) ?? (found.length === 1 ? found[0] : undefined))?.text ?? null;
}

const VERSION_TEXT = /\b(?:version\s*:?\s*v?|v)(\d{1,3}(?:\.\d{1,4}){1,3})\b/i;

/** « Version 8.1.0 » or « v8.0 » in the footer or banner, when no labelled version was found. */
export function versionFromChrome(doc: Document, zones: readonly Element[]): string | null {
  const body = doc.body as Element | null;
  if (!body) return null;
  const places = [...queryAll(body, sel.footer, 4), ...zones];
  for (const el of places) {
    const m = VERSION_TEXT.exec(textOf(el, 2000));
    if (m?.[1]) return m[1];
  }
  const meta = doc.querySelector('meta[name="version"],meta[name="app-version"]');
  const v = /^v?(\d{1,3}(?:\.\d{1,4}){1,3})$/.exec(meta?.getAttribute('content')?.trim() ?? '');
  return v?.[1] ?? null;
}
