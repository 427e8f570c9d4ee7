import { unsafeSpans } from '../../core/privacy/safe-text';
import { compileRules } from './compiled-rules';
import { ELEMENT_NODE, TEXT_NODE, controlValue, queryAll } from './dom-read';
import { chromeZones } from './layout-chrome';
import type { MaskingRules } from './masking-rules';
import type { DetectionRules } from './rules';
import type { TextSpan } from './masking';
import { pageSafeWords } from './safe-words';
import { MaskingLimitError, type MaskRefusal } from './masking-limit';
import * as sel from './selectors';

/**
 * Strict masking, the default: on screens nobody has seen, everything in the content area is
 * covered unless it is known to be safe — words of the application's vocabulary, IDs, versions;
 * in buttons, menus, headings, labels and the application's own messages, lower-case prose too.
 * Pictures, canvases, frames, videos, background images and shadow roots that cannot be read are
 * covered whole. Session-replay tools made the same choice: mask all, unmask what is known.
 *
 * The application's chrome (banner with the referent's own name and e-mail, footer version) is
 * shown, except headings and breadcrumbs in it, which can name the usager of the screen.
 *
 * Fails closed: past a limit (nodes, masks, time) it throws a `MaskingLimitError` and the capture
 * is refused, instead of leaving the rest of the page unmasked.
 */

export { MaskingLimitError };

export interface StrictOptions {
  /** A closed shadow root, where the browser lets the extension open it. */
  shadowOf?: (el: Element) => ShadowRoot | null;
  /** Whether boxes are real (a live page): media sizes and background images are read then. */
  laidOut?: boolean;
  now?: () => number;
  maxNodes?: number;
  maxMasks?: number;
  budgetMs?: number;
}

export interface StrictFound {
  elements: Element[];
  spans: TextSpan[];
  /** Elements in the top layer (modal dialogs, popovers, fullscreen): masks must go above them. */
  topLayer: Element[];
}

const SKIP = new Set(['script', 'style', 'template', 'noscript', 'head', 'meta', 'link', 'title']);
const MEDIA = new Set([
  'img',
  'picture',
  'canvas',
  'video',
  'audio',
  'iframe',
  'frame',
  'embed',
  'object',
  'svg',
  'math',
]);
/** Where the application speaks: lower-case prose there is its own, names stand out by capitals. */
const LENIENT = [
  'button',
  '[role="button"]',
  '[role="menuitem"]',
  '[role="tab"]',
  'nav',
  '[role="navigation"]',
  '[role="alert"]',
  '[role="status"]',
  '[aria-live]',
  'label',
  'legend',
  'caption',
  'th',
  'dt',
  '[role="columnheader"]',
  'summary',
  'h1,h2,h3,h4,h5,h6,[role="heading"]',
  '[class*="alert"],[class*="error"],[class*="erreur"],[class*="danger"],[class*="warning"]',
  '[class*="toast"],[class*="snack"],[class*="notif"],[class*="invalid-feedback"]',
].join(',');
/** In the chrome, what may still name the usager of the screen. */
const CHROME_NAMING =
  'h1,h2,h3,h4,h5,h6,[role="heading"],[class*="breadcrumb"],[class*="ariane"],[aria-label*="fil" i],[aria-label*="breadcrumb" i]';
const ICON_PX = 24;
const IN_CONTENT = sel.contentZone;

/** Everything to cover in strict mode; throws `MaskingLimitError` past a limit. */
export function findStrictMasks(
  doc: Document,
  rules: MaskingRules,
  detection: DetectionRules,
  opts: StrictOptions = {},
): StrictFound {
  const body = doc.body as Element | null;
  const found: StrictFound = { elements: [], spans: [], topLayer: [] };
  if (!body) return found;
  const compiled = compileRules(detection);
  const safe = pageSafeWords(rules, detection, compiled.idRe);
  // The page's own footer (version, legal links) is chrome too; a fiche's footer is not.
  const zones = [
    ...chromeZones(doc, compiled),
    ...queryAll(body, sel.footer, 20).filter((f) => !f.parentElement?.closest(IN_CONTENT)),
  ];
  const now = opts.now ?? (() => Date.now());
  const deadline = now() + (opts.budgetMs ?? 3000);
  const maxNodes = opts.maxNodes ?? 60_000;
  const maxMasks = opts.maxMasks ?? 10_000;
  const laidOut = opts.laidOut ?? false;
  const win = doc.defaultView;
  let visited = 0;

  const refuse = (why: string, code: MaskRefusal, vars: Record<string, number> = {}): never => {
    throw new MaskingLimitError(why, code, vars);
  };
  const count = () => {
    if (found.elements.length + found.spans.length > maxMasks)
      refuse(
        `La page compte plus de ${maxMasks.toLocaleString('fr-FR')} zones à masquer : capture refusée. Réduisez l'affichage (filtre, pagination) puis réessayez.`,
        'tooManyMasks',
        { max: maxMasks },
      );
  };

  const chromeOf = (el: Element) => zones.find((z) => z.contains(el));
  const lenientAt = (el: Element): boolean => {
    try {
      return el.closest(LENIENT) !== null;
    } catch {
      return false;
    }
  };

  const maskText = (node: Text, parent: Element) => {
    const data = node.data;
    if (!/[\p{L}\p{N}]/u.test(data)) return;
    const zone = chromeOf(parent);
    if (zone && !parent.closest(CHROME_NAMING)) return;
    const lenient = zone ? true : lenientAt(parent);
    for (const [start, end] of unsafeSpans(data, safe, lenient))
      found.spans.push({ node, start, end });
    count();
  };

  const maskElement = (el: Element) => {
    found.elements.push(el);
    count();
  };

  const isIcon = (el: Element): boolean => {
    if (!laidOut) return false;
    const r = el.getBoundingClientRect();
    return r.width <= ICON_PX && r.height <= ICON_PX;
  };

  const hasBackgroundImage = (el: Element): boolean => {
    if (!laidOut || !win) return false;
    const bg = win.getComputedStyle(el).backgroundImage;
    return !!bg && bg !== 'none' && /url\(/i.test(bg) && !isIcon(el);
  };

  const controlUnsafe = (el: Element): boolean => {
    const name = el.localName;
    if (name === 'textarea')
      return ((el as HTMLTextAreaElement).value ?? el.textContent ?? '') !== '';
    const type = (el.getAttribute('type') ?? 'text').toLowerCase();
    if (name === 'input' && /^(hidden|checkbox|radio|range|color|file|image)$/.test(type))
      return false;
    const lenient = name === 'input' && /^(button|submit|reset)$/.test(type);
    const value = lenient ? (el.getAttribute('value') ?? '') : (controlValue(el, false) ?? '');
    return unsafeSpans(value, safe, lenient).length > 0;
  };

  const topLayerOf = (el: Element) => {
    try {
      if (el.matches(':modal') || el.matches(':popover-open')) found.topLayer.push(el);
    } catch {
      // An engine without these pseudo-classes has no top layer to worry about.
    }
  };

  const walk = (root: Node) => {
    for (let child = root.firstChild; child; child = child.nextSibling) {
      if (++visited > maxNodes)
        refuse(
          `La page est trop grande pour être masquée avec certitude (plus de ${maxNodes.toLocaleString('fr-FR')} éléments) : capture refusée.`,
          'pageTooLarge',
          { max: maxNodes },
        );
      if ((visited & 511) === 0 && now() > deadline)
        refuse(
          'Le masquage de la page a pris trop de temps pour être sûr : capture refusée. Réessayez sur un écran plus court.',
          'tooSlow',
        );
      if (child.nodeType === TEXT_NODE) {
        if (root.nodeType === ELEMENT_NODE) maskText(child as Text, root as Element);
        else if ((root as ShadowRoot).host) maskText(child as Text, (root as ShadowRoot).host);
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const el = child as Element;
      const name = el.localName;
      if (
        SKIP.has(name) ||
        el.classList.contains('ars-mask') ||
        el.classList.contains('ars-mask-layer')
      )
        continue;
      if (el.getAttribute('popover') !== null || name === 'dialog') topLayerOf(el);
      if (MEDIA.has(name)) {
        // Icons stay (nothing readable fits in 24 px), and the chrome's logo.
        if (!isIcon(el) && !chromeOf(el)) maskElement(el);
        continue;
      }
      if (name === 'input' || name === 'select' || name === 'textarea') {
        if (!chromeOf(el) && controlUnsafe(el)) maskElement(el);
        continue;
      }
      if (!chromeOf(el) && hasBackgroundImage(el)) maskElement(el);
      const shadow = el.shadowRoot ?? opts.shadowOf?.(el) ?? null;
      if (shadow) walk(shadow);
      else if (name.includes('-') && !el.firstChild && laidOut) {
        // A custom element showing something with nothing to read: a closed shadow root.
        const r = el.getBoundingClientRect();
        if (r.width > 0 && r.height > 0) maskElement(el);
      }
      walk(el);
    }
  };
  walk(body);
  const full = doc.fullscreenElement;
  if (full) found.topLayer.push(full);
  return found;
}
