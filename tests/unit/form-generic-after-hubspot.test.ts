import { afterEach, describe, expect, it } from 'vitest';
import { waitForForm } from '../../utils/sites/kb/form-wait';

/**
 * Issue 18: a plain form of the page present before HubSpot's embed renders (a search box, or one
 * planted next to it) must not win: HubSpot's form is waited for first, the plain one taken only
 * once HubSpot had its time.
 */
const GENERIC = `<form id="plain"><label>Courriel <input name="mail"></label>
  <label>Objet <input name="objet"></label><label>Message <textarea name="message"></textarea></label>
  <button>Envoyer</button></form>`;
const HUBSPOT = `<form class="hs-form" id="hsForm_x"><div class="hs_email"><label>E-mail</label>
  <input name="email" type="email"></div><div class="hs_TICKET.subject"><label>Objet</label>
  <input name="TICKET.subject"></div><div class="hs_TICKET.content"><label>Description</label>
  <textarea name="TICKET.content"></textarea></div><input type="submit" value="Envoyer"></form>`;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('waitForForm: HubSpot first', () => {
  it('takes HubSpot’s form when it renders after a plain form of the page', async () => {
    document.body.innerHTML = GENERIC;
    setTimeout(() => document.body.insertAdjacentHTML('beforeend', HUBSPOT), 100);
    const view = await waitForForm(document, { timeoutMs: 2000 });
    expect(view.kind).toBe('hubspot-legacy');
  });

  it('takes the plain form once HubSpot’s had its time', async () => {
    document.body.innerHTML = GENERIC;
    const view = await waitForForm(document, { timeoutMs: 600 });
    expect(view.kind).toBe('generic');
  });
});
