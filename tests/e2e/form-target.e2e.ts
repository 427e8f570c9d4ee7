import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { E2EPage } from './harness/driver';
import { kbUi } from './harness/kb-ui';
import { BROWSERS, KB, startSession, type Session } from './harness/setup';

/**
 * Issue 18, the form target: with the national HubSpot portal and form in the configuration, a
 * decoy form of another HubSpot account planted on the knowledge base receives nothing — alone on
 * the page (the person is told the form was not recognised), or placed before the real one (the
 * real one is filled).
 */
const DEMO_PORTAL = '143567890';
const DEMO_FORM = '3f6c1e2a-8b4d-4e9a-9c1f-5a7b2d0e4c11';
const OTHER_PORTAL = '9990001';
const OTHER_FORM = 'ffffffff-1111-4222-8333-444455556666';
const ALONE = '/support/kb-tickets/new?variant=leurre';
const BEFORE = '/support/kb-tickets/new?variant=leurre-avant';

const DECOY = `<form id="hsForm_${OTHER_FORM}" class="hs-form stacked" data-portal-id="${OTHER_PORTAL}" data-form-id="${OTHER_FORM}"
  action="https://forms.hsforms.com/submissions/v3/public/submit/formsnext/multipart/${OTHER_PORTAL}/${OTHER_FORM}">
  <div class="hs-form-field"><label for="d-email">Adresse e-mail</label><input id="d-email" name="email" type="email"></div>
  <div class="hs-form-field"><label for="d-subject">Objet</label><input id="d-subject" name="TICKET.subject"></div>
  <div class="hs-form-field"><label for="d-content">Description</label><textarea id="d-content" name="TICKET.content"></textarea></div>
  <input type="submit" value="Envoyer"></form>`;

const page = readFileSync(path.resolve('tests/demo/kb-site/support-form.html'), 'utf8');
const decoyAlone = page
  .replace('<body>', `<body>${DECOY}`)
  .replace(/<script src="\/kb-site\/support-form\.js"[^>]*><\/script>/, '');
const decoyBefore = page.replace('<body>', `<body>${DECOY}`);

const PENDING = `browser.storage.local.set({ pendingFill: {
  version: 1, createdAt: Date.now(), draftKey: 'menage:9100018', label: 'Ménage 9100018', email: 'referente.test@siao-demo.fr',
  subject: 'Objet confidentiel', description: 'Description confidentielle du ménage 9100018', thematique: null, motif: null,
  sousMotif: null, screenshotIds: [], ids: { menageId: '9100018', personneId: null, demandeId: null } } })`;

const decoyValues = (form: E2EPage) =>
  form.evaluate<string[]>(
    `['#d-email', '#d-subject', '#d-content'].map((s) => document.querySelector(s).value)`,
  );

describe.each(BROWSERS)('the configured HubSpot form only, in $name', (target) => {
  let s: Session;
  let panel: E2EPage;
  beforeAll(async () => {
    s = await startSession(target);
    s.server.kbPages.set(ALONE, decoyAlone);
    s.server.kbPages.set(BEFORE, decoyBefore);
    panel = await s.openPanel();
    await panel.evaluate(
      `browser.storage.local.set({ config: { version: 1, form: { hubspot: { portalIds: ['${DEMO_PORTAL}'], formIds: ['${DEMO_FORM}'] } } } })`,
    );
    // The background publishes the rules in force, the form's pin with them.
    await panel.waitForFunction(
      `browser.storage.local.get('effectiveRules').then((s) => s.effectiveRules?.form?.hubspot?.portalIds?.[0] === '${DEMO_PORTAL}')`,
      10_000,
    );
  });
  afterAll(async () => {
    await s?.dispose();
  });

  it('leaves a decoy of another HubSpot account empty and says the form was not recognised', async () => {
    await panel.evaluate(PENDING);
    const form = await s.browser.newPage(`${KB}${ALONE}`);
    await form.waitFor('#d-subject');
    await kbUi(s.browser, form).waitForText(
      'ars-banner',
      (t) => t.includes('pas été reconnu'),
      15_000,
    );
    expect(await decoyValues(form)).toEqual(['', '', '']);
    await form.close();
  });

  it('fills the national form and not the decoy placed before it', async () => {
    await panel.evaluate(PENDING);
    const form = await s.browser.newPage(`${KB}${BEFORE}`);
    await form.waitForFunction(
      `document.querySelector('form[data-portal-id="${DEMO_PORTAL}"] textarea[name="TICKET.content"]')?.value.includes('9100018')`,
      15_000,
    );
    expect(await decoyValues(form)).toEqual(['', '', '']);
    expect(s.server.tickets).toHaveLength(0);
    await form.close();
  });
});
