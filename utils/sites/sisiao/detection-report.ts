/**
 * « Signaler une détection incorrecte » (issue 19): what the national team needs to write the next
 * rule, and nothing of the people on the screen. The page's structure is kept (tags, roles,
 * classes, attribute names, the words of the application's vocabulary and labels, ID-shaped
 * values); every other text and attribute value becomes a placeholder of the same shape (letters
 * x/X, digits 0). With it, the detection trace: each field, the sources consulted, the values they
 * offered and what became of them. `npm run inspect -- report.json` replays detection on it.
 */
import type { SisiaoContext } from '../../core/context';
import { fold } from '../../core/text/french';
import { compileSafeWords, unsafeSpans, type SafeWords } from '../../core/privacy/safe-text';
import type { ApiObservation } from './api-signals';
import { compileRules } from './compiled-rules';
import { detectContext, type FieldTrace } from './detect';
import { findMaskTargets } from './masking';
import type { MaskingRules } from './masking-rules';
import type { DetectionRules } from './rules';
import { pageSafeWords } from './safe-words';
import { safeDecode, sanitizePageUrl } from './url-facts';

export const DETECTION_REPORT_FORMAT = 'ars-detection-report/1';

export interface DetectionReport {
  format: typeof DETECTION_REPORT_FORMAT;
  createdAt: string;
  /** The page's address, sanitised: query values gone, unknown path words shaped. */
  url: string | null;
  /** The page, anonymised (see above). */
  html: string;
  /** What the extension detected, IDs and screen only. */
  context: Pick<
    SisiaoContext,
    'menageId' | 'personneId' | 'demandeId' | 'pageKind' | 'volet' | 'appVersion' | 'found'
  >;
  trace: FieldTrace[];
}

/** Same shape, no content: letters x / X, digits 0, the rest (spaces, punctuation) kept. */
export function shape(text: string): string {
  return text
    .replace(/\p{Lu}/gu, 'X')
    .replace(/\p{Ll}|\p{Lo}|\p{M}/gu, 'x')
    .replace(/\p{N}/gu, '0');
}

/** The words detection rules look for (labels, list words, page headings), folded. */
export interface ReportWords extends SafeWords {
  rule?: ReadonlySet<string>;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * A text with what is not known to be safe shaped away. Prose (a text hidden whole by the strict
 * reading) keeps only the words a rule looks for and IDs, so detection replays as it ran.
 */
export function anonymiseText(text: string, safe: ReportWords): string {
  if (!text.trim()) return text;
  const spans = unsafeSpans(text, safe, false);
  if (!spans.length) return text;
  const whole =
    spans.length === 1 &&
    spans[0]?.[0] === text.search(/\S/) &&
    spans[0]?.[1] === text.trimEnd().length;
  if (whole && safe.rule)
    return text.replace(WORD, (w) =>
      safe.rule?.has(fold(w)) || (/^\d{5,}$/.test(w) && safe.idRe.test(w)) ? w : shape(w),
    );
  let out = '';
  let at = 0;
  for (const [start, end] of spans) {
    out += text.slice(at, start) + shape(text.slice(start, end));
    at = end;
  }
  return out + text.slice(at);
}

/** An address: the sanitised URL with each path word kept if it is a route word or an ID. */
export function anonymiseUrl(raw: string, safe: SafeWords, base?: string): string | null {
  let absolute: string;
  try {
    absolute = new URL(raw, base).href;
  } catch {
    return null;
  }
  const clean = sanitizePageUrl(absolute);
  if (!clean) return null;
  const u = new URL(clean);
  const segment = (s: string) =>
    /^[A-Za-z][A-Za-z_-]{0,39}$/.test(s) || safe.idRe.test(s) ? s : shape(safeDecode(s));
  const path = (p: string) => p.split('/').map(segment).join('/');
  const hash = u.hash.replace(
    /^#(!?)(\/[^?]*)/,
    (_m, bang: string, route: string) => `#${bang}${path(route)}`,
  );
  return `${u.origin === 'null' ? `${u.protocol}//` : u.origin}${path(u.pathname)}${u.search}${hash}`;
}

// Styles stay (what is hidden, where a modal sits: detection reads them); scripts and embeds go.
const DROP = 'script, noscript, template, link, meta:not([charset]), object, embed';
/** Attributes whose values are structure, not content. */
const KEEP = new Set([
  'class',
  'role',
  'type',
  'name',
  'for',
  'lang',
  'dir',
  'hidden',
  'disabled',
  'readonly',
  'colspan',
  'rowspan',
  'scope',
  'method',
  'charset',
  'tabindex',
  'aria-hidden',
  'aria-expanded',
  'aria-selected',
  'aria-current',
  'aria-level',
  'checked',
  'selected',
  'multiple',
  'required',
]);
const ADDRESSES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'data']);
/** Attributes that name other elements: replaced by the same pseudonym on both ends. */
const REFERENCES = new Set([
  'id',
  'for',
  'headers',
  'form',
  'list',
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
  'aria-owns',
  'aria-activedescendant',
  'aria-details',
  'aria-errormessage',
  'aria-flowto',
]);

/** One pseudonym per distinct unsafe reference, so links between elements survive. */
class Pseudonyms {
  private readonly map = new Map<string, string>();
  constructor(private readonly safe: SafeWords) {}
  of(value: string): string {
    return value
      .split(/(\s+)/)
      .map((token) => {
        if (!token.trim() || anonymiseText(token, this.safe) === token) return token;
        let out = this.map.get(token);
        if (!out) {
          out = `ref-${this.map.size + 1}`;
          this.map.set(token, out);
        }
        return out;
      })
      .join('');
  }
}

/** CSS without its addresses and strings (`content: "…"` can write a name on the screen). */
function plainCss(css: string): string {
  return css
    .replace(/url\(\s*(["'])(?:\\.|(?!\1)[^\\])*\1\s*\)|url\([^)]*\)/gi, 'none')
    .replace(/(["'])(?:\\.|(?!\1)[^\\])*\1/g, (m) => shape(m));
}

function anonymiseElement(
  el: Element,
  safe: SafeWords,
  base: string,
  personal: boolean,
  refs: Pseudonyms,
): void {
  for (const attr of Array.from(el.attributes)) {
    const name = attr.name.toLowerCase();
    if (name.startsWith('on') || name === 'srcdoc' || name === 'srcset') {
      el.removeAttribute(attr.name);
    } else if (name === 'style') {
      el.setAttribute(attr.name, plainCss(attr.value));
    } else if (ADDRESSES.has(name)) {
      // A link within the page (#section) is a reference too.
      const v = attr.value.startsWith('#') ? `#${refs.of(attr.value.slice(1))}` : null;
      el.setAttribute(attr.name, v ?? anonymiseUrl(attr.value, safe, base) ?? '');
    } else if (REFERENCES.has(name)) {
      el.setAttribute(attr.name, refs.of(attr.value));
    } else if (
      name === PERSONAL ||
      KEEP.has(name) ||
      (name.startsWith('aria-') && /^[a-z]{1,12}$|^\d{1,4}$/.test(attr.value))
    ) {
      // structure: kept as is
    } else {
      el.setAttribute(
        attr.name,
        personal && name === 'value' ? shape(attr.value) : anonymiseText(attr.value, safe),
      );
    }
  }
}

/** The live values of fields (typed, chosen) written into the copy, where detection reads them. */
function copyFieldValues(from: Element, to: Element): void {
  const a = from.querySelectorAll('input, textarea, select');
  const b = to.querySelectorAll('input, textarea, select');
  for (let i = 0; i < a.length && i < b.length; i++) {
    const src = a[i] as HTMLInputElement;
    const dst = b[i] as HTMLInputElement;
    if (src.tagName === 'TEXTAREA') dst.textContent = src.value;
    else if (src.tagName === 'INPUT') dst.setAttribute('value', src.value);
  }
}

const PERSONAL = 'data-ars-personal';

/** Marks in the copy the elements the ciblé masking rules name as personal (« Nom », « Prénom »…). */
function markPersonal(live: Element, copy: Element, personal: readonly Element[]): void {
  if (!personal.length) return;
  const index = new Map<Element, number>();
  Array.from(live.querySelectorAll('*')).forEach((el, i) => index.set(el, i));
  const copies = Array.from(copy.querySelectorAll('*'));
  for (const el of personal) {
    const i = index.get(el);
    if (i !== undefined) copies[i]?.setAttribute(PERSONAL, '');
  }
}

/**
 * The page as a detection report carries it: structure kept, content shaped. `personal`: elements
 * of the page whose whole content is personal (what the ciblé masking covers), shaped whatever
 * their words — « Usager » is the application's word, and a first name too.
 */
export function anonymiseDocument(
  doc: Document,
  safe: SafeWords,
  url: string,
  personal: readonly Element[] = [],
): string {
  const root = doc.documentElement.cloneNode(true) as Element;
  copyFieldValues(doc.documentElement, root);
  markPersonal(doc.documentElement, root, personal);
  for (const el of Array.from(root.querySelectorAll(DROP))) el.remove();
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 | 0x80); // elements, texts, comments
  const comments: Node[] = [];
  const inPersonal = (n: Node) =>
    !!(n.nodeType === 1 ? (n as Element) : n.parentElement)?.closest(`[${PERSONAL}]`);
  const refs = new Pseudonyms(safe);
  anonymiseElement(root, safe, url, false, refs);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === 1) anonymiseElement(n as Element, safe, url, inPersonal(n), refs);
    else if (n.nodeType === 3 && n.parentElement?.tagName === 'STYLE')
      n.nodeValue = plainCss(n.nodeValue ?? '');
    else if (n.nodeType === 3)
      n.nodeValue = inPersonal(n)
        ? shape(n.nodeValue ?? '')
        : anonymiseText(n.nodeValue ?? '', safe);
    else comments.push(n);
  }
  for (const c of comments) c.parentNode?.removeChild(c);
  for (const el of Array.from(root.querySelectorAll(`[${PERSONAL}]`))) el.removeAttribute(PERSONAL);
  return `<!doctype html>\n${root.outerHTML}`;
}

/** Detects with a trace and packs the report. */
export function buildDetectionReport(
  doc: Document,
  url: string,
  detection: DetectionRules,
  masking: MaskingRules,
  signals: readonly ApiObservation[] = [],
  now: number = Date.now(),
): DetectionReport {
  const trace: FieldTrace[] = [];
  const ctx = detectContext(doc, url, detection, signals, { trace });
  const base = pageSafeWords(masking, detection, compileRules(detection).idRe);
  // Every word a rule looks for stays, so detection replayed on the report decides as it did here.
  const ruleList = [
    ...detection.listWords,
    ...detection.volet['115'],
    ...detection.volet.insertion,
    ...Object.values(detection.ids).flatMap((f) => f.labels),
    ...detection.user.profileLabels,
    ...detection.version.labels,
    ...detection.volet.labels,
    ...detection.pageKinds.flatMap((k) => k.headings),
  ];
  const safe: ReportWords = {
    ...compileSafeWords([...base.words, ...ruleList], base.idRe),
    rule: compileSafeWords(ruleList, base.idRe).words,
  };
  return {
    format: DETECTION_REPORT_FORMAT,
    createdAt: new Date(now).toISOString(),
    url: anonymiseUrl(url, safe),
    html: anonymiseDocument(doc, safe, url, findMaskTargets(doc, masking, detection)),
    context: {
      menageId: ctx.menageId,
      personneId: ctx.personneId,
      demandeId: ctx.demandeId,
      pageKind: ctx.pageKind,
      volet: ctx.volet,
      appVersion: ctx.appVersion,
      found: ctx.found,
    },
    // Values are the page's too: an e-mail or a name offered as a value is shaped like the rest.
    trace: trace.map((f) => ({
      field: f.field,
      steps: f.steps.map((s) => ({ ...s, values: s.values.map((v) => anonymiseText(v, safe)) })),
    })),
  };
}
