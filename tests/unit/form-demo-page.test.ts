/**
 * The demo support form (tests/demo/kb-site/), run in happy-dom with a stubbed API: the adapters
 * must recognise its variants and fill them completely, as the e2e journeys expect; the national
 * variant (the form's own lists and codes, dependent lists fetched after each choice) is filled
 * by meaning from the shipped nomenclature, and the nomatch variant says so at once with the
 * closest choices.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fillContentOf } from '../../utils/core/escalation/to-fill';
import { DEFAULT_NOMENCLATURE } from '../../utils/core/nomenclature/default';
import { nomenclatureFromObserved } from '../../utils/core/nomenclature/from-observed';
import { mergeObserved, type NomenclatureRead } from '../../utils/core/nomenclature/observed';
import { fillForm, planWithChoice, waitForForm, type FillPlan } from '../../utils/sites/kb/fill';
import { describeForm } from '../../utils/sites/kb/form-view';
import { detectSubmission } from '../../utils/sites/kb/form-success';
import { observeNomenclature } from '../../utils/sites/kb/nomenclature-observer';
import { demoChildren, demoNomenclatureFor } from '../demo/nomenclature-for-demo';
import { exampleDraft } from './escalation-fixtures';

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
      const q = new URL(url, 'http://kb.test').searchParams;
      if (url.startsWith('/api/nomenclature.json?'))
        return json(demoNomenclatureFor(q.get('variant')));
      if (url.startsWith('/api/nomenclature/children.json?'))
        return json(demoChildren(q.get('variant'), q.get('parent') ?? ''));
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

/** The plan the panel hands over for a draft chosen in the shipped nomenclature. */
function shippedPlan(selection: { thematique: string; motif: string; sousMotif: string }) {
  const draft = exampleDraft();
  draft.nomenclature = selection;
  const content = fillContentOf(draft, DEFAULT_NOMENCLATURE);
  return {
    ...PLAN,
    thematique: content.thematique ?? undefined,
    motif: content.motif ?? undefined,
    sousMotif: content.sousMotif ?? undefined,
    attachments: [],
  };
}

const FUSION = {
  thematique: 'gestion-des-menages',
  motif: 'gestion-menage',
  sousMotif: 'fusion-personnes',
};

const value = (name: string) =>
  document.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!.value;

describe('demo support form, national variant', () => {
  it('fills by meaning down to the sous-motif, its lists fetched after each choice, within 1 s', async () => {
    openDemo('?variant=national');
    const view = await waitForForm(document, { timeoutMs: 3000 });
    expect(view.kind).toBe('hubspot-legacy');
    const started = Date.now();
    const report = await fillForm(view, shippedPlan(FUSION));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(report.skipped).toEqual([]);
    expect(report.filled).toEqual(expect.arrayContaining(['thematique', 'motif', 'sousMotif']));
    expect([value('TICKET.thematique'), value('TICKET.motif'), value('TICKET.sous_motif')]).toEqual(
      ['gestion_des_menages', 'GDM.01', 'GDM.01.1'],
    );
  });

  it('fills the same lists in the newer markup, whose drop-downs show options only when open', async () => {
    openDemo('?variant=national&markup=new');
    const view = await waitForForm(document, { timeoutMs: 3000 });
    expect(view.kind).toBe('hubspot-new');
    const report = await fillForm(view, shippedPlan(FUSION));
    expect(report.skipped).toEqual([]);
    const hidden = (name: string) =>
      document.querySelector<HTMLInputElement>(`input[name="${name}"]`)!.value;
    expect([hidden('0-5/thematique'), hidden('0-5/motif'), hidden('0-5/sous_motif')]).toEqual([
      'gestion_des_menages',
      'GDM.01',
      'GDM.01.1',
    ]);
  });

  it('lets the extension read its lists, the dependent ones as the fill reveals them', async () => {
    openDemo('?variant=national');
    const view = await waitForForm(document, { timeoutMs: 3000 });
    const reads: NomenclatureRead[] = [];
    const observer = observeNomenclature(view, { onReads: (r) => reads.push(...r), settleMs: 10 });
    observer.readNow();
    await fillForm(view, shippedPlan(FUSION), {
      onOptions: (v, field, options) => observer.noteOptions(v, field, options),
    });
    observer.stop();
    const observed = mergeObserved(null, reads, Date.UTC(2025, 11, 5))!;
    expect(observed.thematiques).toHaveLength(9);
    const n = nomenclatureFromObserved(observed, DEFAULT_NOMENCLATURE);
    const menages = n.thematiques.find((t) => t.code === 'gestion_des_menages')!;
    expect(menages.motifs.map((m) => m.code)).toEqual(['GDM.01', 'GDM.02']);
    expect(menages.motifs[0]!.sousMotifs.map((s) => s.code)).toContain('GDM.01.1');
  });
});

describe('demo support form, nomatch variant', () => {
  it('says at once that no thématique fits, offers the closest, and one choice fills the rest', async () => {
    openDemo('?variant=nomatch');
    const view = await waitForForm(document, { timeoutMs: 3000 });
    const plan = shippedPlan(FUSION);
    const started = Date.now();
    const report = await fillForm(view, plan);
    expect(Date.now() - started).toBeLessThan(300); // no wait for an option that will not come
    expect(report.skipped[0]).toEqual({
      field: 'thematique',
      reason: 'noChoice',
      vars: { wanted: 'Gestion des ménages', code: 'gestion-des-menages' },
    });
    const choices = report.choices?.[0];
    expect(choices?.field).toBe('thematique');
    expect(choices?.options[0]).toEqual({
      value: 'MEN',
      label: 'Ménages et personnes accompagnées',
    });
    const next = planWithChoice(plan, 'thematique', choices!.options[0]!);
    const after = await fillForm(view, next, { only: ['thematique', 'motif', 'sousMotif'] });
    expect(after.skipped).toEqual([]);
    expect([value('TICKET.thematique'), value('TICKET.motif'), value('TICKET.sous_motif')]).toEqual(
      ['MEN', 'MEN-1', 'MEN-1-a'],
    );
  });
});
