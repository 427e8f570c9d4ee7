import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fitsPin, hubspotClaims } from '../../utils/sites/kb/form-identity';
import { DEFAULT_FORM_MAPPING, resolveFormMapping } from '../../utils/sites/kb/form-mapping';
import { detectForm } from '../../utils/sites/kb/form-view';

/** Issue 18: the form must be the configured HubSpot portal and form; a decoy of another is not. */
const NATIONAL = '2456789';
const NATIONAL_FORM = '0b1c2d3e-aaaa-4bbb-8ccc-0123456789ab';
const OTHER = '9990001';
const OTHER_FORM = 'ffffffff-1111-4222-8333-444455556666';
const PIN = { portalIds: [NATIONAL], formIds: [NATIONAL_FORM] };

const legacy = (portal: string, form: string, extra = '') =>
  `<form id="hsForm_${form}" class="hs-form" data-portal-id="${portal}" data-form-id="${form}" ${extra}
     action="https://forms.hsforms.com/submissions/v3/public/submit/formsnext/multipart/${portal}/${form}">
    <div class="hs-form-field"><label for="s-${form}">Objet</label><input id="s-${form}" name="TICKET.subject"></div>
    <div class="hs-form-field"><label for="c-${form}">Description</label><textarea id="c-${form}" name="TICKET.content"></textarea></div>
    <input type="submit" value="Envoyer"></form>`;

describe('HubSpot identity of a support form', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('reads the portal and form from the embed attributes and the submission address', () => {
    document.body.innerHTML = legacy(NATIONAL, NATIONAL_FORM);
    expect(hubspotClaims(document.querySelector('form')!)).toEqual({
      portals: [NATIONAL],
      forms: [NATIONAL_FORM],
      postsToHubspot: true,
    });
  });

  it('reads the new embed frame around the form', () => {
    document.body.innerHTML = `<div class="hs-form-frame" data-portal-id="${NATIONAL}" data-form-id="${NATIONAL_FORM}">
      <form class="hsfc-Form"></form></div>`;
    expect(hubspotClaims(document.querySelector('form')!)).toMatchObject({
      portals: [NATIONAL],
      forms: [NATIONAL_FORM],
      postsToHubspot: false,
    });
  });

  it('reads a fixture of the real legacy markup', () => {
    const html = readFileSync(
      path.resolve('tests/fixtures/kb-forms-fresh/legacy-columns-contact-props.html'),
      'utf8',
    );
    document.documentElement.innerHTML = html;
    const claims = hubspotClaims(document.querySelector('form.hs-form')!);
    expect(claims.portals).toEqual([NATIONAL]);
    expect(claims.forms).toEqual([NATIONAL_FORM]);
  });

  it('fits the pin only with the pinned portal and form; any form fits no pin', () => {
    const claims = { portals: [NATIONAL], forms: [NATIONAL_FORM], postsToHubspot: true };
    expect(fitsPin(claims, PIN)).toBe(true);
    expect(fitsPin(claims, undefined)).toBe(true);
    expect(fitsPin({ ...claims, portals: [OTHER] }, PIN)).toBe(false);
    expect(fitsPin({ ...claims, forms: [OTHER_FORM] }, PIN)).toBe(false);
    // Attributes saying the national portal while the address posts to another: refused.
    expect(fitsPin({ ...claims, portals: [NATIONAL, OTHER] }, PIN)).toBe(false);
    // Sent to HubSpot without saying which account: nothing proves it is the national one.
    expect(fitsPin({ portals: [], forms: [], postsToHubspot: true }, PIN)).toBe(false);
    // A plain form of the knowledge base itself (posting to its own site) names no account.
    expect(fitsPin({ portals: [], forms: [], postsToHubspot: false }, PIN)).toBe(true);
  });

  it('checks formaction addresses too', () => {
    document.body.innerHTML = legacy(NATIONAL, NATIONAL_FORM, '').replace(
      '<input type="submit" value="Envoyer">',
      `<button formaction="https://forms.hsforms.com/submissions/v3/public/submit/formsnext/multipart/${OTHER}/${OTHER_FORM}">Envoyer</button>`,
    );
    expect(fitsPin(hubspotClaims(document.querySelector('form')!), PIN)).toBe(false);
  });

  it('fills the national form, not a decoy of another HubSpot account placed before it', () => {
    document.body.innerHTML = legacy(OTHER, OTHER_FORM) + legacy(NATIONAL, NATIONAL_FORM);
    const pinned = resolveFormMapping({ hubspot: PIN });
    expect(pinned.hubspot).toEqual(PIN);
    expect(detectForm(document, pinned)?.root.closest('form')?.id).toBe(`hsForm_${NATIONAL_FORM}`);
    // Without a pin (national values not configured), the first HubSpot form is taken, as before.
    expect(detectForm(document, DEFAULT_FORM_MAPPING)?.root.closest('form')?.id).toBe(
      `hsForm_${OTHER_FORM}`,
    );
  });

  it('finds no support form when only a decoy of another account is there', () => {
    document.body.innerHTML = legacy(OTHER, OTHER_FORM);
    expect(detectForm(document, resolveFormMapping({ hubspot: PIN }))).toBeNull();
  });

  it('ignores an empty or invalid pin in the stored mapping', () => {
    expect(resolveFormMapping({ hubspot: { portalIds: [] } }).hubspot).toBeUndefined();
    expect(resolveFormMapping({ hubspot: { portalIds: ['abc'] } })).toBe(DEFAULT_FORM_MAPPING);
  });
});
