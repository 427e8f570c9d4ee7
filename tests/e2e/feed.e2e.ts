import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { E2EPage } from './harness/driver';
import { demoFeed, FEED_PATH } from './harness/feed';
import { kbUi } from './harness/kb-ui';
import { BROWSERS, KB, SISIAO, startSession, type Session } from './harness/setup';
import { openFicheMenage, panelShows, writeEscalation } from './harness/steps';

/**
 * Issue 19, in both browsers: the national team steers the extension from the knowledge base. A
 * signed feed with a new detection rule makes a page that was not detected show its ménage ID,
 * without a new build; a feed with a bad signature, a tampered byte, an invalid configuration or
 * over the size cap changes nothing and the options say why; a feed that reduces masking waits
 * for a person's confirmation.
 */
const NEW_PAGE = '/accompagnement/foyer-nouvelle-vue';
const PAGE = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Nouvelle vue foyer — SI SIAO</title></head>
<body><header><span class="user">referente.test@siao-demo.fr</span></header>
<main><h1>Nouvelle vue du foyer</h1><div class="bandeau-foyer"><span class="ref-foyer">FOY-7300412</span></div>
<p>Cette vue n'existait pas quand l'extension a été publiée.</p></main></body></html>`;
const RULE = {
  detection: {
    custom: [
      { name: 'vue-foyer', field: 'menageId', selector: '.ref-foyer', pattern: 'FOY-(\\d{7})' },
    ],
  },
};

const INCIDENT = {
  id: 'inc-pj',
  title: 'Enregistrement des pièces justificatives en erreur',
  since: new Date(Date.now() - 2 * 3600_000).toISOString(),
  status: 'en-cours' as const,
  symptoms: ['les pièces justificatives ne s’enregistrent pas'],
};
const blockText = (panel: E2EPage) =>
  panel.evaluate<string>(
    `document.querySelector('[data-testid="duplicate"][data-verdict="block"]')?.textContent ?? ''`,
  );

describe.each(BROWSERS)('the signed feed in $name', (target) => {
  let s: Session;
  let options: E2EPage;
  const version = () => options.text('[data-testid="feed-version"]');
  const message = () => options.text('[data-testid="feed-message"]');
  const serve = async (text: string) => {
    s.server.kbPages.set(FEED_PATH, text);
  };
  /** Asks for a check and waits for its own verdict (a newer check time), which must match. */
  const refresh = async (expected: RegExp) => {
    await options.bringToFront();
    const before = await options.evaluate<string>(
      `document.querySelector('[data-testid="feed-message"]')?.dataset.at ?? ''`,
    );
    await options.click('[data-testid="feed-refresh"]');
    await options.waitForFunction(
      `(document.querySelector('[data-testid="feed-message"]')?.dataset.at ?? '') !== ${JSON.stringify(before)}`,
      15_000,
    );
    expect(await message()).toMatch(expected);
  };

  beforeAll(async () => {
    s = await startSession(target);
    s.server.sisiaoPages.set(NEW_PAGE, PAGE);
    options = await s.browser.newPage(`${s.browser.extensionBase}options.html`);
    await options.waitFor('[data-testid="feed-refresh"]');
  });
  afterAll(async () => {
    await s?.dispose();
  });

  it('applies a new detection rule from a signed feed: a page not detected before shows its ménage ID', async () => {
    const before = await s.browser.newPage(`${SISIAO}${NEW_PAGE}`);
    await before.waitFor('.ref-foyer');
    const panel = await s.openPanel();
    await panel.waitFor('[data-field="menageId"]').catch(() => undefined);
    expect(
      await panel.evaluate<string>(
        `document.querySelector('[data-field="menageId"]')?.textContent ?? ''`,
      ),
    ).not.toContain('7300412');
    await panel.close();
    await before.close();

    await serve(await demoFeed('2026-12-05.1', RULE));
    await refresh(/Flux 2026-12-05\.1 appliqué/);
    expect(await version()).toBe('2026-12-05.1');

    const after = await s.browser.newPage(`${SISIAO}${NEW_PAGE}`);
    await after.waitFor('.ref-foyer');
    const panel2 = await s.openPanel();
    await panelShows(panel2, 'menageId', '7300412');
    await panel2.close();
    await after.close();
  });

  it('keeps the last good feed and says why for a bad signature, a tampered byte, an invalid configuration or an oversized feed', async () => {
    const good = JSON.parse(await demoFeed('2026-12-05.2', RULE)) as Record<string, string>;
    const forged = { ...good, signature: `${'A'.repeat(86)}==` };
    await serve(JSON.stringify(forged));
    await refresh(/Signature invalide/);

    const payload = Buffer.from(good.payload ?? '', 'base64');
    payload[12] = (payload[12] ?? 0) ^ 1;
    await serve(JSON.stringify({ ...good, payload: payload.toString('base64') }));
    await refresh(/Signature invalide/);

    await serve(await demoFeed('2026-12-05.3', { masking: { mode: 'aucun' } }));
    await refresh(/Configuration du flux invalide/);

    await serve(' '.repeat(600 * 1024));
    await refresh(/trop volumineux/);

    expect(await version()).toBe('2026-12-05.1');
    expect(await message()).toMatch(/dernier flux valide reste appliqué|ignoré/);
  });

  it('holds a masking-reducing feed until a person confirms it', async () => {
    await serve(await demoFeed('2026-12-05.4', { ...RULE, masking: { mode: 'cible' } }));
    await refresh(/attend votre confirmation/);
    await options.waitFor('[data-testid="feed-pending"]');
    expect(await options.text('[data-testid="feed-pending"]')).toMatch(/« strict » à « ciblé »/);
    expect(await version()).toBe('2026-12-05.1');
    await options.click('[data-testid="feed-pending"] button');
    await options.waitForFunction(
      `document.querySelector('[data-testid="feed-version"]')?.textContent === '2026-12-05.4'`,
      10_000,
    );
  });

  it('blocks an escalation that matches an open incident, in the panel and on the form, and lets the others through until it is resolved', async () => {
    await serve(await demoFeed('2026-12-05.5', RULE, [INCIDENT]));
    await refresh(/Flux 2026-12-05\.5 appliqué/);
    const { panel } = await openFicheMenage(s);
    await writeEscalation(panel, 'Pièces justificatives impossibles à enregistrer');
    await panel.waitForFunction(
      `(document.querySelector('[data-testid="duplicate"][data-verdict="block"]')?.textContent ?? '').includes('traite déjà cet incident')`,
      10_000,
    );
    expect(await blockText(panel)).toContain(INCIDENT.title);

    // Another problem goes through.
    await writeEscalation(panel, 'Composition familiale à corriger');
    await panel.waitForFunction(
      `!document.querySelector('[data-testid="duplicate"][data-verdict="block"]')`,
      10_000,
    );

    // The support form filled by hand meets the same guard.
    const form = await s.browser.newPage(`${KB}/support/kb-tickets/new`);
    await form.waitFor('form.hs-form textarea[name="TICKET.content"]');
    await form.fill('input[name="TICKET.subject"]', 'Pièces justificatives');
    await form.fill(
      'textarea[name="TICKET.content"]',
      'Depuis ce matin les pièces justificatives ne s’enregistrent pas sur les fiches.',
    );
    await kbUi(s.browser, form).waitForText('ars-guard', (t) => t.includes('déjà escaladé'));
    await form.close();

    // Resolved in the next feed: no longer a block, a level-1 answer.
    await serve(
      await demoFeed('2026-12-05.6', RULE, [
        { ...INCIDENT, status: 'resolu', resolvedAt: new Date().toISOString() },
      ]),
    );
    await refresh(/Flux 2026-12-05\.6 appliqué/);
    await writeEscalation(panel, 'Pièces justificatives impossibles à enregistrer');
    await panel.waitForFunction(
      `(document.querySelector('[data-testid="duplicate"][data-verdict="warn"]')?.textContent ?? '').includes('résolu')`,
      10_000,
    );
    expect(await blockText(panel)).toBe('');
  });
});
