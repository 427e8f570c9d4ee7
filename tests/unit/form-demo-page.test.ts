/**
 * The demo support form (tests/demo/kb-site/), run in happy-dom with a stubbed API: the adapters
 * must recognise both of its variants and fill them completely, as the e2e journeys expect.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fillForm, waitForForm, type FillPlan } from '../../utils/sites/kb/fill';
import { describeForm } from '../../utils/sites/kb/form-view';
import { detectSubmission } from '../../utils/sites/kb/form-success';

const SITE = join(dirname(fileURLToPath(import.meta.url)), '../demo/kb-site');

const NOMENCLATURE = {
  thematiques: [
    {
      code: 'gestion-demandes',
      libelle: 'Gestion des demandes',
      motifs: [
        {
          code: 'anomalie',
          libelle: "Anomalie / message d'erreur",
          sousMotifs: [{ code: 'erreur-enregistrement', libelle: "Erreur à l'enregistrement" }],
        },
      ],
    },
    { code: 'acces', libelle: 'Accès et authentification', motifs: [] },
  ],
};

const PLAN: FillPlan = {
  email: 'referent.test@exemple-siao.fr',
  subject: 'Erreur à l’enregistrement d’une pièce justificative',
  description: 'Ménage 9100018 : HTTP 500.',
  thematique: { code: 'gestion-demandes', libelle: 'Gestion des demandes' },
  motif: { code: 'anomalie', libelle: "Anomalie / message d'erreur" },
  sousMotif: { code: 'erreur-enregistrement', libelle: "Erreur à l'enregistrement" },
  attachments: [
    new File([new Uint8Array([1])], 'capture-fiche-menage-1.png', { type: 'image/png' }),
    new File([new Uint8Array([2])], 'capture-fiche-menage-2.png', { type: 'image/png' }),
  ],
};

const posted: FormData[] = [];

function json(body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status: 200,
    headers: { 'Content-Type': 'application/json' },
  });
}

/** Loads the page's body and runs its script, as the browser would at /support/kb-tickets/new. */
function openDemo(search = ''): void {
  history.replaceState(null, '', `/support/kb-tickets/new${search}`);
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      if (url === '/api/nomenclature.json') return json(NOMENCLATURE);
      if (url === '/api/tickets') {
        posted.push(init?.body as FormData);
        return json({ ticketNumber: '48210', url: '/support/kb-tickets/48210' });
      }
      return new Response('', { status: 404 });
    }),
  );
  const html = readFileSync(join(SITE, 'support-form.html'), 'utf8');
  document.body.innerHTML =
    /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1]?.replace(/<script[\s\S]*?<\/script>/g, '') ??
    '';
  new Function(readFileSync(join(SITE, 'support-form.js'), 'utf8'))();
}

afterEach(() => {
  vi.unstubAllGlobals();
  posted.length = 0;
  document.body.innerHTML = '';
});

describe.each([
  ['legacy', '', 'hubspot-legacy'],
  ['new', '?variant=new', 'hubspot-new'],
])('demo support form, %s variant', (_name, search, kind) => {
  it('renders late, is recognised with every field, and fills completely', async () => {
    openDemo(search);
    expect(describeForm(document).found).toBe(false);
    const view = await waitForForm(document, { timeoutMs: 3000 });
    expect(view.kind).toBe(kind);
    expect(describeForm(document).missing).toEqual([]);
    const report = await fillForm(view, PLAN, { timeoutMs: 2000 });
    expect(report).toEqual({
      filled: [
        'email',
        'subject',
        'description',
        'thematique',
        'motif',
        'sousMotif',
        'attachments',
      ],
      skipped: [],
      conflicts: [],
    });
    expect(document.querySelector('.kb-file-list')?.textContent).toMatch(
      /^2 fichiers sélectionnés/,
    );
  });

  it('validates, submits the filled values and shows the ticket number', async () => {
    openDemo(search);
    const view = await waitForForm(document, { timeoutMs: 3000 });
    const submit = view.submitButton!;
    submit.click();
    expect(document.querySelectorAll('[role="alert"]').length).toBeGreaterThan(0);
    expect(posted).toHaveLength(0);

    await fillForm(view, PLAN, { timeoutMs: 2000 });
    (view.root as HTMLFormElement).requestSubmit();
    await vi.waitFor(() => expect(detectSubmission(document).submitted).toBe(true));
    expect(detectSubmission(document)).toMatchObject({ ticketNumber: '48210' });
    const sent = posted[0]!;
    const names =
      kind === 'hubspot-legacy'
        ? ['TICKET.motif', 'TICKET.hs_file_upload']
        : ['0-5/motif', '0-5/hs_file_upload'];
    expect(sent.get(names[0]!)).toBe('anomalie');
    expect(sent.getAll(names[1]!)).toHaveLength(2);
  });
});

describe('demo support form, never variant', () => {
  it('never renders a form', async () => {
    openDemo('?variant=never');
    await expect(waitForForm(document, { timeoutMs: 900 })).rejects.toThrow(/n'est pas apparu/);
  });
});
