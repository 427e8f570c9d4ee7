/**
 * The support form as the extension sees it: which markup style, where (possibly in a same-origin
 * iframe), and which control holds each logical field. Detection is pure DOM reading, so it can be
 * run again after every re-render.
 */
import {
  describeSelector,
  nativeControls,
  type Control,
  type FieldHandle,
  type FieldKind,
} from './form-controls';
import {
  DEFAULT_FORM_MAPPING,
  FORM_FIELDS,
  labelScore,
  nameMatches,
  type FormField,
  type FormMapping,
} from './form-mapping';
import {
  fitsPin,
  hubspotClaims,
  HUBSPOT_SUBMIT_HOSTS,
  submitAddresses,
  type HubspotPin,
} from './form-identity';
import { findLegacyForms, legacyControls, legacyForm, legacySubmitButton } from './hubspot-legacy';
import { findNewForms, newControls, newForm, newSubmitButton } from './hubspot-new';

export type { FieldHandle, FieldKind } from './form-controls';

/** Which markup the form uses. */
export type FormKind = 'hubspot-legacy' | 'hubspot-new' | 'generic';

/** A form found in a document, before its fields are read. */
export interface FormRoot {
  kind: FormKind;
  root: HTMLElement;
  /** The iframe holding the form, or null when it is in the document itself. */
  frame: HTMLIFrameElement | null;
}

/** A read form: its controls assigned to logical fields (null when not found). */
export interface FormView extends FormRoot {
  fields: Record<FormField, FieldHandle | null>;
  submitButton: HTMLElement | null;
}

/** Which control kinds may hold each field: keeps « Votre demande concerne » (a select) out of
 * the description, whatever its label says. */
const ACCEPTED_KINDS: Record<FormField, readonly FieldKind[]> = {
  email: ['text'],
  subject: ['text'],
  description: ['textarea', 'text'],
  thematique: ['select', 'hsfc-dropdown', 'radio-group'],
  motif: ['select', 'hsfc-dropdown', 'radio-group'],
  sousMotif: ['select', 'hsfc-dropdown', 'radio-group'],
  attachments: ['file'],
};

const MAX_FRAME_DEPTH = 3;

/**
 * Forms in a document and in its accessible iframes (cross-origin ones are skipped), HubSpot
 * forms first. Other forms are listed as `generic`; {@link isRecognised} decides if they count.
 */
export function findFormRoots(
  doc: Document,
  frame: HTMLIFrameElement | null = null,
  depth = 0,
): FormRoot[] {
  const legacy = findLegacyForms(doc).map((root) => ({
    kind: 'hubspot-legacy' as const,
    root,
    frame,
  }));
  const modern = findNewForms(doc).map((root) => ({ kind: 'hubspot-new' as const, root, frame }));
  const generic = Array.from(doc.querySelectorAll<HTMLFormElement>('form'))
    .filter((form) => !form.matches(`${legacyForm}, ${newForm}`))
    .map((root) => ({ kind: 'generic' as const, root, frame }));
  const inFrames: FormRoot[] = [];
  if (depth < MAX_FRAME_DEPTH) {
    for (const iframe of Array.from(doc.querySelectorAll('iframe'))) {
      const inner = frameDocument(iframe);
      if (inner) inFrames.push(...findFormRoots(inner, iframe, depth + 1));
    }
  }
  const all = [...legacy, ...modern, ...inFrames, ...generic];
  const rank = (r: FormRoot): number => (r.kind === 'generic' ? 1 : 0);
  return all.sort((a, b) => rank(a) - rank(b));
}

function frameDocument(iframe: HTMLIFrameElement): Document | null {
  try {
    // Cross-origin frames throw (or give null); same-origin ones, like HubSpot's, are readable.
    return iframe.contentDocument;
  } catch {
    return null;
  }
}

/** Reads the fields of a found form with a mapping. */
export function readFormView(
  found: FormRoot,
  mapping: FormMapping = DEFAULT_FORM_MAPPING,
): FormView {
  const { kind, root } = found;
  const controls =
    kind === 'hubspot-legacy'
      ? legacyControls(root)
      : kind === 'hubspot-new'
        ? newControls(root)
        : nativeControls(root, 'fieldset, p, li, div');
  const rootSelector =
    kind === 'hubspot-legacy'
      ? legacyForm
      : kind === 'hubspot-new'
        ? newForm
        : genericRootSelector(root);
  const submitButton =
    kind === 'hubspot-legacy'
      ? legacySubmitButton(root)
      : kind === 'hubspot-new'
        ? newSubmitButton(root)
        : root.querySelector<HTMLElement>(
            'button[type="submit"], input[type="submit"], button:not([type])',
          );
  return { ...found, fields: assignFields(controls, mapping, root, rootSelector), submitButton };
}

function genericRootSelector(root: HTMLElement): string {
  return root.id && /^[A-Za-z][\w-]*$/.test(root.id) ? `form#${root.id}` : 'form';
}

/**
 * Assigns controls to fields: by name for every field first, then by exact label, then by label
 * prefix, then (email and attachments only) by being the form's only control of that type. A
 * control is used once; earlier passes win, so a name match is never stolen by a label match.
 */
export function assignFields(
  controls: readonly Control[],
  mapping: FormMapping,
  root: HTMLElement,
  rootSelector: string,
): Record<FormField, FieldHandle | null> {
  const chosen = new Map<FormField, Control>();
  const used = new Set<Control>();
  const fits = (field: FormField, c: Control): boolean =>
    !used.has(c) && ACCEPTED_KINDS[field].includes(c.kind);
  const pass = (test: (field: FormField, c: Control) => boolean): void => {
    for (const field of FORM_FIELDS) {
      if (chosen.has(field)) continue;
      const hit = controls.find((c) => fits(field, c) && test(field, c));
      if (hit) {
        chosen.set(field, hit);
        used.add(hit);
      }
    }
  };
  pass((field, c) => nameMatches(c.name, mapping.fields[field].names));
  pass((field, c) => labelScore(c.label, mapping.fields[field].labels) === 2);
  pass((field, c) => labelScore(c.label, mapping.fields[field].labels) === 1);
  pass(
    (field, c) =>
      field === 'email' &&
      onlyOne(controls, c, (o) => o.valueElement.getAttribute('type') === 'email'),
  );
  pass((field, c) => field === 'attachments' && onlyOne(controls, c, (o) => o.kind === 'file'));

  const fields = {} as Record<FormField, FieldHandle | null>;
  for (const field of FORM_FIELDS) {
    const c = chosen.get(field);
    fields[field] = c
      ? {
          ...c,
          field,
          selector: describeSelector(
            root,
            rootSelector,
            c.kind === 'hsfc-dropdown' || c.kind === 'radio-group' ? c.valueElement : c.element,
          ),
          multiple: c.kind === 'file' && c.valueElement.hasAttribute('multiple'),
        }
      : null;
  }
  return fields;
}

function onlyOne(controls: readonly Control[], c: Control, test: (c: Control) => boolean): boolean {
  const matching = controls.filter(test);
  return matching.length === 1 && matching[0] === c;
}

function pageOrigin(doc: Document): string {
  // An about:srcdoc frame inherits its parent's origin; its baseURI is the parent's address.
  const origin = doc.defaultView?.location.origin;
  return origin && origin !== 'null' ? origin : new URL(doc.baseURI).origin;
}

/**
 * True when the form would send its data to another site than the page's own or HubSpot's: a
 * look-alike planted on the knowledge base (an injected article, a compromised widget) must not
 * receive the referent's text. A form without `action` posts to its own page. A submit button's
 * `formaction` overrides the form's `action`: each one is checked too.
 */
export function postsElsewhere(root: HTMLElement): boolean {
  const form = formOf(root);
  return !!form && submitAddresses(form).some((a) => targetsElsewhere(form, a));
}

function formOf(root: HTMLElement): HTMLFormElement | null {
  return root.closest('form') ?? root.querySelector('form');
}

function targetsElsewhere(form: Element, action: string): boolean {
  let target: URL;
  try {
    target = new URL(action, form.ownerDocument.baseURI);
  } catch {
    return true;
  }
  if (target.protocol !== 'https:' && target.protocol !== 'http:') return true;
  if (target.origin === pageOrigin(form.ownerDocument)) return false;
  return !(target.protocol === 'https:' && HUBSPOT_SUBMIT_HOSTS.test(target.hostname));
}

/** A form is the support form when it has somewhere to write the request: subject or description
 * (HubSpot forms), or two of email/subject/description (any other form, such as a site search),
 * it posts to the page's own site or HubSpot's, and it is the configured HubSpot portal and form
 * when the configuration names them. */
export function isRecognised(view: FormView, pin?: HubspotPin): boolean {
  if (postsElsewhere(view.root)) return false;
  const form = formOf(view.root) ?? view.root;
  if (pin && !fitsPin(hubspotClaims(form), pin)) return false;
  const { email, subject, description } = view.fields;
  if (view.kind !== 'generic') return !!(subject ?? description);
  return [email, subject, description].filter(Boolean).length >= 2;
}

/** The support form of a document, or null: the first recognised form, HubSpot ones first. */
export function detectForm(
  doc: Document,
  mapping: FormMapping = DEFAULT_FORM_MAPPING,
  opts: { allowGeneric?: boolean } = {},
): FormView | null {
  for (const found of findFormRoots(doc)) {
    if (found.kind === 'generic' && opts.allowGeneric === false) continue;
    const view = readFormView(found, mapping);
    if (isRecognised(view, mapping.hubspot)) return view;
  }
  return null;
}

/** The same form read again (it may have re-rendered), or found again if it was replaced. */
export function refreshView(view: FormView, mapping: FormMapping = DEFAULT_FORM_MAPPING): FormView {
  if (view.root.isConnected) return readFormView(view, mapping);
  const again = detectForm(view.root.ownerDocument, mapping);
  return again ? { ...again, frame: again.frame ?? view.frame } : view;
}

/** What `npm run inspect` prints about a page's support form. */
export interface FormDescription {
  found: boolean;
  kind: FormKind | null;
  /** Selector of the iframe holding the form, when it is in one. */
  frame: string | null;
  fields: Record<FormField, string | null>;
  missing: FormField[];
  /** The HubSpot portal and form its markup names: the values to pin in `form.hubspot`. */
  hubspot: { portalIds: string[]; formIds: string[] } | null;
}

/** Describes the support form of a document (for `npm run inspect` and diagnostics). */
export function describeForm(
  doc: Document,
  mapping: FormMapping = DEFAULT_FORM_MAPPING,
): FormDescription {
  const view = detectForm(doc, mapping);
  const fields = {} as Record<FormField, string | null>;
  for (const field of FORM_FIELDS) fields[field] = view?.fields[field]?.selector ?? null;
  return {
    found: !!view,
    kind: view?.kind ?? null,
    frame: view?.frame ? frameSelector(view.frame) : null,
    fields,
    missing: FORM_FIELDS.filter((field) => fields[field] === null),
    hubspot: view ? hubspotOf(view.root) : null,
  };
}

function hubspotOf(root: HTMLElement): FormDescription['hubspot'] {
  const claims = hubspotClaims(formOf(root) ?? root);
  return { portalIds: claims.portals, formIds: claims.forms };
}

function frameSelector(frame: HTMLIFrameElement): string {
  if (frame.id && /^[A-Za-z][\w-]*$/.test(frame.id)) return `iframe#${frame.id}`;
  const cls = frame.classList[0];
  return cls ? `iframe.${cls}` : 'iframe';
}
