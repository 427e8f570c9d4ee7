/**
 * Which HubSpot account (portal) and form a support form belongs to, as its markup says: the
 * embed's `data-portal-id` / `data-form-id` (on the form or the frame around it), the legacy
 * embed's `id="hsForm_<form>"`, and the submission address `/…/<portal>/<form>` of its `action`
 * and of its buttons' `formaction`. With the national portal and form set in the configuration,
 * a form claiming any other one — a decoy of another HubSpot account planted on the knowledge
 * base — is not filled.
 */
import { z } from 'zod';

const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const SUBMIT_PATH = new RegExp(`/(\\d{1,12})/(${GUID.source})(?:[/?#]|$)`, 'i');

export const HubspotPinSchema = z.object({
  /** HubSpot account (portal) IDs the support form may belong to; empty: any. */
  portalIds: z.array(z.string().regex(/^\d{1,12}$/, 'un identifiant de portail est un nombre')),
  /** HubSpot form IDs (GUIDs) the support form may be; empty: any. */
  formIds: z.array(z.string().regex(new RegExp(`^${GUID.source}$`, 'i'), 'un GUID de formulaire')),
});
export type HubspotPin = z.infer<typeof HubspotPinSchema>;

export interface HubspotClaims {
  portals: string[];
  forms: string[];
  /** The form sends to one of HubSpot's own hosts (not the page's site). */
  postsToHubspot: boolean;
}

/** Hosts a HubSpot form posts to (forms.hsforms.com, regional forms-eu1.hsforms.com, …). */
export const HUBSPOT_SUBMIT_HOSTS =
  /(?:^|\.)(?:hsforms\.(?:com|net)|hubspot\.(?:com|net)|hubapi\.com)$/i;

/** Each address the form may send to: its `action`, and the `formaction` of its buttons. */
export function submitAddresses(form: HTMLFormElement | Element): string[] {
  const doc = form.ownerDocument;
  const buttons = Array.from(doc.querySelectorAll('[formaction]')).filter(
    (b) => form.contains(b) || (!!form.id && b.getAttribute('form') === form.id),
  );
  return [form.getAttribute('action'), ...buttons.map((b) => b.getAttribute('formaction'))]
    .filter((a): a is string => a !== null && a.trim() !== '')
    .map((a) => a.trim());
}

/** What the markup of a form says of its HubSpot account and form. */
export function hubspotClaims(form: Element): HubspotClaims {
  const portals = new Set<string>();
  const forms = new Set<string>();
  for (let el: Element | null = form; el; el = el.parentElement) {
    const portal = el.getAttribute('data-portal-id')?.trim();
    const id = el.getAttribute('data-form-id')?.trim();
    if (portal) portals.add(portal);
    if (id) forms.add(id.toLowerCase());
  }
  const legacyId = /^hsForm_(.+)$/.exec(form.id)?.[1];
  if (legacyId && GUID.test(legacyId)) forms.add(legacyId.toLowerCase());
  let postsToHubspot = false;
  for (const address of submitAddresses(form)) {
    let url: URL;
    try {
      url = new URL(address, form.ownerDocument.baseURI);
    } catch {
      continue;
    }
    if (!HUBSPOT_SUBMIT_HOSTS.test(url.hostname)) continue;
    postsToHubspot = true;
    const m = SUBMIT_PATH.exec(url.pathname);
    if (m?.[1] && m[2]) {
      portals.add(m[1]);
      forms.add(m[2].toLowerCase());
    }
  }
  return { portals: [...portals], forms: [...forms], postsToHubspot };
}

/**
 * False when a pin is set and the form's claims do not fit it: a named portal or form outside the
 * pin, or a form sent to HubSpot that does not say which portal or form it is (nothing to prove).
 */
export function fitsPin(claims: HubspotClaims, pin: HubspotPin | undefined): boolean {
  if (!pin) return true;
  const check = (claimed: string[], allowed: string[]): boolean => {
    if (allowed.length === 0) return true;
    const ok = new Set(allowed.map((a) => a.toLowerCase()));
    if (claimed.some((c) => !ok.has(c.toLowerCase()))) return false;
    return claimed.length > 0 || !claims.postsToHubspot;
  };
  return check(claims.portals, pin.portalIds) && check(claims.forms, pin.formIds);
}
