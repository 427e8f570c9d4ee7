import { afterEach, describe, expect, it, vi } from 'vitest';
import { fillForm, waitForForm, type FillPlan } from '../../utils/sites/kb/fill';
import { FILLED_ATTR, FILLED_CLASS } from '../../utils/sites/kb/form-set-value';
import { detectForm, type FormView } from '../../utils/sites/kb/form-view';
import { frameDocument, mountFixture } from './form-fixtures';

const MOTIFS: Record<string, [string, string][]> = {
  gestion_des_demandes: [
    ['erreur_enregistrement', "Erreur à l'enregistrement"],
    ['statut_incorrect', 'Statut incorrect'],
  ],
};
const SOUS_MOTIFS: Record<string, [string, string][]> = {
  erreur_enregistrement: [
    ['erreur_technique', 'Message « Erreur technique »'],
    ['donnees_perdues', 'Données non sauvegardées'],
  ],
};

/** Mimics HubSpot's dependent fields: a child's options load a little after the parent changes. */
function wireDependents(doc: Document, delayMs = 30): void {
  const form = doc.querySelector('form.hs-form')!;
  const fill = (name: string, options: [string, string][]): void => {
    const select = form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
    select.querySelectorAll('option:not([disabled])').forEach((o) => o.remove());
    setTimeout(() => {
      for (const [value, label] of options) {
        const option = doc.createElement('option'); // happy-dom has no `Option` constructor
        option.value = value;
        option.textContent = label;
        select.append(option);
      }
    }, delayMs);
  };
  form.addEventListener('change', (event) => {
    const target = event.target as HTMLSelectElement;
    if (target.name === 'TICKET.thematique') fill('TICKET.motif', MOTIFS[target.value] ?? []);
    if (target.name === 'TICKET.motif') fill('TICKET.sous_motif', SOUS_MOTIFS[target.value] ?? []);
  });
}

const png = (name: string): File =>
  new File([new Uint8Array([137, 80, 78, 71])], name, { type: 'image/png' });

const PLAN: FillPlan = {
  email: 'referent.test@exemple-siao.fr',
  subject: '[SI SIAO] Erreur à l’enregistrement d’une pièce justificative – ménage 9100018',
  description: 'Ménage 9100018, demande 9200042.\r\nÉtapes : …\nRésultat obtenu : HTTP 500.',
  thematique: { code: 'GESTION_DES_DEMANDES', libelle: 'Gestion des demandes' },
  motif: { code: 'ERR_ENR', libelle: "Erreur a l'enregistrement" },
  sousMotif: { code: 'erreur_technique', libelle: 'Message Erreur technique' },
  attachments: [png('capture-fiche-menage-1.png'), png('capture-fiche-menage-2.png')],
};

async function legacyView(name = 'legacy.html'): Promise<FormView> {
  const doc = await mountFixture(name);
  wireDependents(doc);
  return detectForm(doc)!;
}

const value = (view: FormView, name: string): string =>
  view.root.querySelector<HTMLInputElement>(`[name="${name}"]`)!.value;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('fillForm on a legacy form', () => {
  it('fills every field, waiting for the dependent options', async () => {
    const view = await legacyView();
    const report = await fillForm(view, PLAN);
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
    expect(value(view, 'email')).toBe(PLAN.email);
    // Browsers turn CRLF into LF in a textarea's value; happy-dom keeps it: compare without it.
    const lf = (text: string): string => text.replace(/\r\n/g, '\n');
    expect(lf(value(view, 'TICKET.content'))).toBe(lf(PLAN.description));
    expect(value(view, 'TICKET.thematique')).toBe('gestion_des_demandes');
    expect(value(view, 'TICKET.motif')).toBe('erreur_enregistrement');
    expect(value(view, 'TICKET.sous_motif')).toBe('erreur_technique');
    const files = view.root.querySelector<HTMLInputElement>('input[type=file]')!.files!;
    expect([...files].map((f) => f.name)).toEqual([
      'capture-fiche-menage-1.png',
      'capture-fiche-menage-2.png',
    ]);
  });

  it('fires input, change and blur so the page notices', async () => {
    const view = await legacyView();
    const seen: string[] = [];
    const subject = view.fields.subject!.element;
    for (const type of ['input', 'change', 'blur'])
      subject.addEventListener(type, () => seen.push(type));
    await fillForm(view, { ...PLAN, thematique: undefined, attachments: [] });
    expect(seen).toEqual(['input', 'change', 'blur']);
  });

  it('marks filled fields discreetly, without touching their style', async () => {
    const view = await legacyView();
    await fillForm(view, PLAN);
    const marked = [...view.root.querySelectorAll(`.${FILLED_CLASS}`)];
    expect(marked.map((el) => el.getAttribute(FILLED_ATTR))).toEqual([
      'email',
      'subject',
      'description',
      'thematique',
      'motif',
      'sousMotif',
      'attachments',
    ]);
    expect(marked.every((el) => !el.getAttribute('style'))).toBe(true);
  });

  it('never submits the form', async () => {
    const view = await legacyView();
    const submitted = vi.fn();
    view.root.addEventListener('submit', submitted);
    const form = view.root as HTMLFormElement;
    const requestSubmit = vi.spyOn(form, 'requestSubmit');
    const submit = vi.spyOn(form, 'submit');
    await fillForm(view, PLAN);
    expect(submitted).not.toHaveBeenCalled();
    expect(requestSubmit).not.toHaveBeenCalled();
    expect(submit).not.toHaveBeenCalled();
  });

  it('does not overwrite what the person typed, and reports it', async () => {
    const view = await legacyView();
    const subject = view.fields.subject!.valueElement as HTMLInputElement;
    subject.value = 'Mon propre objet';
    (view.fields.email!.valueElement as HTMLInputElement).value = `  ${PLAN.email} `;
    const report = await fillForm(view, PLAN);
    expect(subject.value).toBe('Mon propre objet');
    expect(report.conflicts).toEqual([{ field: 'subject', current: 'Mon propre objet' }]);
    expect(report.filled).toContain('email');
    expect(report.filled).not.toContain('subject');
  });

  it('overwrites only when asked', async () => {
    const view = await legacyView();
    (view.fields.subject!.valueElement as HTMLInputElement).value = 'Mon propre objet';
    const report = await fillForm(view, PLAN, { overwrite: true });
    expect(value(view, 'TICKET.subject')).toBe(PLAN.subject);
    expect(report.conflicts).toEqual([]);
  });

  it('keeps a thématique the person already chose, and does not guess its motifs', async () => {
    const view = await legacyView();
    const select = view.fields.thematique!.valueElement as HTMLSelectElement;
    select.value = 'gestion_des_menages';
    const report = await fillForm(view, PLAN, { timeoutMs: 200 });
    expect(select.value).toBe('gestion_des_menages');
    expect(report.conflicts).toEqual([{ field: 'thematique', current: 'Gestion des ménages' }]);
    expect(report.skipped.map((s) => s.field)).toEqual(['motif', 'sousMotif']);
  });

  it('says why a choice could not be made', async () => {
    const view = await legacyView();
    const report = await fillForm(
      view,
      { ...PLAN, motif: { code: 'INCONNU', libelle: 'Motif inexistant' } },
      { timeoutMs: 150 },
    );
    expect(report.filled).toContain('thematique');
    expect(report.skipped).toEqual([
      { field: 'motif', reason: 'noChoice', vars: { wanted: 'Motif inexistant', code: 'INCONNU' } },
      { field: 'sousMotif', reason: 'dependsOn', vars: { parent: 'motif' } },
    ]);
  });

  it('says when dependent options never load', async () => {
    const doc = await mountFixture('legacy.html');
    const view = detectForm(doc)!; // no dependent wiring: motif options never come
    const started = Date.now();
    const report = await fillForm(view, PLAN, { timeoutMs: 150 });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(report.skipped[0]).toEqual({
      field: 'motif',
      reason: 'choicesLate',
      vars: { parent: 'motif' },
    });
  });

  it('reports fields the form does not have and empty plan values', async () => {
    const view = await legacyView();
    view.root.querySelector('.hs_TICKET\\.subject')!.remove();
    const report = await fillForm(view, { ...PLAN, email: ' ', thematique: undefined });
    expect(report.skipped).toEqual(
      expect.arrayContaining([
        { field: 'email', reason: 'nothingToType' },
        { field: 'subject', reason: 'notFound' },
        { field: 'thematique', reason: 'notInEscalation' },
      ]),
    );
  });

  it('waits for a dependent field that HubSpot adds only once its parent is chosen', async () => {
    const doc = await mountFixture('legacy.html');
    const motifField = doc.querySelector('.hs_TICKET\\.motif')!;
    const slot = motifField.parentElement!;
    motifField.remove();
    for (const [value, label] of MOTIFS.gestion_des_demandes!) {
      const option = doc.createElement('option');
      option.value = value;
      option.textContent = label;
      motifField.querySelector('select')!.append(option);
    }
    doc.querySelector('select[name="TICKET.thematique"]')!.addEventListener('change', () => {
      setTimeout(() => slot.append(motifField), 40);
    });
    const report = await fillForm(
      detectForm(doc)!,
      { ...PLAN, sousMotif: undefined },
      { timeoutMs: 1000 },
    );
    expect(report.filled).toEqual(expect.arrayContaining(['thematique', 'motif']));
    expect(doc.querySelector<HTMLSelectElement>('select[name="TICKET.motif"]')!.value).toBe(
      'erreur_enregistrement',
    );
  });

  it('fills a form that re-rendered after it was detected', async () => {
    const view = await legacyView();
    const container = view.root.parentElement!;
    const markup = container.innerHTML;
    container.innerHTML = markup; // same markup, new elements
    wireDependents(document);
    const report = await fillForm(view, PLAN);
    expect(report.filled).toHaveLength(7);
    expect(document.querySelector<HTMLInputElement>('input[name="email"]')!.value).toBe(PLAN.email);
  });

  it('stops when aborted', async () => {
    const view = await legacyView();
    const controller = new AbortController();
    const pending = fillForm(view, PLAN, { signal: controller.signal });
    controller.abort(new DOMException('Fermé', 'AbortError'));
    await expect(pending).rejects.toThrow('Fermé');
  });

  it('fills a form inside an iframe', async () => {
    const doc = await mountFixture('legacy-iframe.html');
    wireDependents(frameDocument(doc));
    const view = await waitForForm(doc, { timeoutMs: 500 });
    const report = await fillForm(view, PLAN);
    expect(report.filled).toHaveLength(7);
    expect(
      frameDocument(doc).querySelector<HTMLSelectElement>('select[name="TICKET.sous_motif"]')!
        .value,
    ).toBe('erreur_technique');
  });
});

describe('attachments', () => {
  it('keeps files the person attached and adds ours', async () => {
    const view = await legacyView();
    const input = view.fields.attachments!.valueElement as HTMLInputElement;
    const dt = new DataTransfer();
    dt.items.add(png('mon-fichier.png'));
    input.files = dt.files;
    await fillForm(view, { ...PLAN, thematique: undefined });
    expect([...input.files!].map((f) => f.name)).toEqual([
      'mon-fichier.png',
      'capture-fiche-menage-1.png',
      'capture-fiche-menage-2.png',
    ]);
  });

  it('attaches one file to a single-file input and says the rest were left out', async () => {
    const view = await legacyView();
    const input = view.fields.attachments!.valueElement as HTMLInputElement;
    input.removeAttribute('multiple');
    const report = await fillForm(detectForm(document)!, { ...PLAN, thematique: undefined });
    expect(input.files).toHaveLength(1);
    expect(report.skipped).toContainEqual({
      field: 'attachments',
      reason: 'oneFileOne',
    });
  });

  it('leaves out files of a type the input does not accept', async () => {
    const view = await legacyView();
    const text = new File(['x'], 'notes.txt', { type: 'text/plain' });
    const report = await fillForm(view, {
      ...PLAN,
      thematique: undefined,
      attachments: [text, png('a.png')],
    });
    const input = view.fields.attachments!.valueElement as HTMLInputElement;
    expect([...input.files!].map((f) => f.name)).toEqual(['a.png']);
    expect(report.skipped).toContainEqual({
      field: 'attachments',
      reason: 'fileType',
      vars: { name: 'notes.txt' },
    });
  });
});

describe('waitForForm', () => {
  it('resolves when the embed renders the form later', async () => {
    document.body.innerHTML = '<div id="slot"></div>';
    const html = (await mountFixture('legacy.html')).body.innerHTML;
    document.body.innerHTML = '<div id="slot"></div>';
    setTimeout(() => {
      document.getElementById('slot')!.innerHTML = html;
    }, 50);
    const view = await waitForForm(document, { timeoutMs: 1000 });
    expect(view.kind).toBe('hubspot-legacy');
  });

  it('rejects with a French message when the form never comes', async () => {
    document.body.innerHTML = '<p>Chargement…</p>';
    await expect(waitForForm(document, { timeoutMs: 100 })).rejects.toThrow(
      /Le formulaire de support n'est pas apparu après 0,1 s/,
    );
  });

  it('stops waiting when aborted', async () => {
    const controller = new AbortController();
    const pending = waitForForm(document, { timeoutMs: 5000, signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});
