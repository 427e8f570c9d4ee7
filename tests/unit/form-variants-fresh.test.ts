/**
 * The support-form adapter on form variants it was not written against (tests/fixtures/kb-forms-fresh/):
 * markup shapes seen on real HubSpot embeds (legacy v2/v3, same-origin iframe, the new editor's
 * island renderer, multi-step forms, older drop-down builds, a customer portal) and plain site
 * forms, with French labels worded differently from our own form. Each saved page marks the control
 * that should receive each field with `data-expect`; the adapter never reads that attribute.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fillForm, waitForForm, type FillPlan, type FillReport } from '../../utils/sites/kb/fill';
import { labelOf } from '../../utils/sites/kb/form-controls';
import {
  DEFAULT_FORM_MAPPING,
  FORM_FIELDS,
  labelScore,
  normalizeLabel,
  type FormField,
} from '../../utils/sites/kb/form-mapping';
import { detectForm, type FormKind, type FormView } from '../../utils/sites/kb/form-view';

// Paths, not URLs: happy-dom replaces the global URL, which node:fs then refuses.
const DIR = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/kb-forms-fresh');

async function mount(name: string): Promise<Document> {
  const html = readFileSync(join(DIR, name), 'utf8');
  document.body.innerHTML = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  await Promise.all(
    [...document.querySelectorAll<HTMLIFrameElement>('iframe[srcdoc]')].map(
      (frame) =>
        new Promise<void>((resolve) => {
          if (frame.contentDocument?.body?.childElementCount) return resolve();
          frame.addEventListener('load', () => resolve(), { once: true });
          setTimeout(resolve, 200);
        }),
    ),
  );
  return document;
}

/** The document holding the form: the iframe's when the embed wrote it into one. */
function formDocument(doc: Document): Document {
  return doc.querySelector<HTMLIFrameElement>('iframe[srcdoc]')?.contentDocument ?? doc;
}

// ---------------------------------------------------------------------------------------------
// The nomenclature the pages offer. Values are shaped per site: codes, the labels themselves, or
// numeric ids; the plan gives codes that are never the form's values and libellés with small
// differences, as escalations do.

type ValueStyle = 'code' | 'label' | 'number';
const MOTIFS = ["Erreur à l'enregistrement", 'Statut incorrect'];
const SOUS_MOTIFS = ['Message « Erreur technique »', 'Données non sauvegardées'];
const THEMATIQUES = ['Gestion des demandes', 'Gestion des ménages', 'Accès et authentification'];
const WANTED = ['Gestion des demandes', MOTIFS[0]!, SOUS_MOTIFS[0]!];

function valueOf(label: string, index: number, level: number, style: ValueStyle): string {
  if (style === 'label') return label;
  if (style === 'number') return String((level + 1) * 100 + index + 1);
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

/** The options of a level once its parent holds `parentLabel` (nothing for another parent). */
function childOptions(level: number, parentLabel: string, style: ValueStyle): [string, string][] {
  const labels =
    level === 1 && parentLabel === WANTED[0]
      ? MOTIFS
      : level === 2 && parentLabel === WANTED[1]
        ? SOUS_MOTIFS
        : [];
  return labels.map((label, i) => [valueOf(label, i, level, style), label]);
}

const LOAD_DELAY_MS = 30;

/**
 * Native dependent selects, as HubSpot's legacy embed and most sites do them: choosing a level
 * empties the levels below and loads the next one's options a moment later. `lateField` inserts a
 * level's whole field only once its parent is chosen (from a <template> of the page).
 */
function wireSelects(
  doc: Document,
  names: readonly [string, string, string],
  style: ValueStyle,
  lateField?: { level: number; template: string; slot: string },
): void {
  const select = (level: number): HTMLSelectElement | null =>
    doc.querySelector<HTMLSelectElement>(`select[name="${names[level]}"]`);
  doc.addEventListener('change', (event) => {
    const level = names.indexOf((event.target as HTMLSelectElement).name);
    if (level < 0 || level === 2) return;
    const parent = select(level)!;
    const parentLabel = parent.selectedOptions[0]?.text ?? '';
    for (let below = level + 1; below < 3; below++) {
      select(below)
        ?.querySelectorAll('option:not([disabled])')
        .forEach((o) => {
          if (o.getAttribute('value') !== '0' && o.getAttribute('value') !== '') o.remove();
        });
    }
    setTimeout(() => {
      if (lateField?.level === level + 1 && !select(level + 1)) {
        const template = doc.querySelector<HTMLTemplateElement>(lateField.template)!;
        doc.querySelector(lateField.slot)!.append(template.content.cloneNode(true));
      }
      const child = select(level + 1);
      for (const [value, label] of childOptions(level + 1, parentLabel, style)) {
        const option = doc.createElement('option'); // happy-dom has no `Option` constructor
        option.value = value;
        option.textContent = label;
        child?.append(option);
      }
    }, LOAD_DELAY_MS);
  });
}

interface HsfcOptions {
  /** The list is rendered at the end of the body under the trigger's aria-controls id. */
  portal?: boolean;
  /** Options carry their internal value in data-value; otherwise the value is the label. */
  dataValue?: boolean;
}

/**
 * The new editor's custom drop-down, in plain DOM: a click on the trigger opens the list (options
 * exist only while open), a click on an option sets the hidden input and the trigger's text, closes
 * the list, resets the levels below and loads the next level's options a moment later.
 */
function wireHsfc(
  doc: Document,
  names: readonly [string, string, string],
  style: ValueStyle,
  opts: HsfcOptions = {},
): void {
  const levels = names.map((name) => {
    const hidden = doc.querySelector<HTMLInputElement>(`input[type="hidden"][name="${name}"]`)!;
    const container = hidden.closest<HTMLElement>('.hsfc-DropdownInput')!;
    const trigger = container.querySelector<HTMLInputElement>('input[role]')!;
    return { hidden, container, trigger, open: false, options: [] as [string, string][] };
  });
  levels[0]!.options = THEMATIQUES.map((label, i) => [valueOf(label, i, 0, style), label]);

  const listOf = (level: (typeof levels)[number]): HTMLElement => {
    const id = level.trigger.getAttribute('aria-controls');
    if (opts.portal && id) {
      let list = doc.getElementById(id);
      if (!list) {
        list = doc.createElement('ul');
        list.id = id;
        list.setAttribute('role', 'listbox');
        doc.body.append(list);
      }
      return list;
    }
    let box = level.container.querySelector<HTMLElement>('.hsfc-DropdownOptions');
    if (!box) {
      box = doc.createElement('div');
      box.className = 'hsfc-DropdownOptions';
      box.innerHTML = '<ul class="hsfc-DropdownOptions__List" role="listbox"></ul>';
      level.container.append(box);
    }
    box.style.display = '';
    return box.querySelector<HTMLElement>('[role="listbox"]')!;
  };
  const render = (index: number): void => {
    const level = levels[index]!;
    const list = listOf(level);
    list.replaceChildren();
    for (const [value, label] of level.options) {
      const li = doc.createElement('li');
      li.className = 'hsfc-DropdownOptions__List__ListItem';
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', String(level.hidden.value === value));
      if (opts.dataValue) li.setAttribute('data-value', value);
      li.textContent = label;
      li.addEventListener('click', () => choose(index, opts.dataValue ? value : label, label));
      list.append(li);
    }
  };
  const setExpanded = (index: number, open: boolean): void => {
    const level = levels[index]!;
    level.open = open;
    if (level.trigger.hasAttribute('aria-expanded'))
      level.trigger.setAttribute('aria-expanded', String(open));
    if (open) return render(index);
    if (opts.portal)
      doc.getElementById(level.trigger.getAttribute('aria-controls') ?? '')?.remove();
    else level.container.querySelector('.hsfc-DropdownOptions')?.remove();
  };
  const choose = (index: number, value: string, label: string): void => {
    const level = levels[index]!;
    level.hidden.value = value;
    level.trigger.value = label;
    setExpanded(index, false);
    for (let below = index + 1; below < levels.length; below++) {
      levels[below]!.hidden.value = '';
      levels[below]!.trigger.value = '';
      levels[below]!.options = [];
    }
    const next = index + 1;
    if (next >= levels.length) return;
    setTimeout(() => {
      levels[next]!.options = childOptions(next, label, style);
      if (levels[next]!.open) render(next);
    }, LOAD_DELAY_MS);
  };
  levels.forEach((level, index) => {
    level.trigger.addEventListener('click', () => setExpanded(index, !level.open));
  });
}

// ---------------------------------------------------------------------------------------------

const png = (name: string): File =>
  new File([new Uint8Array([137, 80, 78, 71])], name, { type: 'image/png' });

const PLAN: FillPlan = {
  email: 'referent.test@exemple-siao.fr',
  subject: '[SI SIAO] Erreur à l’enregistrement d’une pièce justificative – ménage 9100018',
  description: 'Ménage 9100018, demande 9200042.\nÉtapes : …\nRésultat obtenu : HTTP 500.',
  thematique: { code: 'GESTION_DES_DEMANDES', libelle: 'Gestion des demandes' },
  motif: { code: 'ERR_ENR', libelle: "Erreur a l'enregistrement" },
  sousMotif: { code: 'erreur_technique', libelle: 'Message Erreur technique' },
  attachments: [png('capture-1.png'), png('capture-2.png')],
};

const ONE_FILE_ONLY: FillReport['skipped'][number] = {
  field: 'attachments',
  reason: 'oneFileOne',
};

interface Variant {
  file: string;
  kind: FormKind;
  wire: (doc: Document) => void;
  /** Fields absent when the form is first read (rendered later). */
  late?: FormField[];
  skipped?: FillReport['skipped'];
  conflicts?: FillReport['conflicts'];
}

const VARIANTS: Variant[] = [
  {
    file: 'legacy-columns-contact-props.html',
    kind: 'hubspot-legacy',
    wire: (doc) =>
      wireSelects(doc, ['thematique_demande', 'motif_demande', 'sous_motif_demande'], 'label'),
  },
  {
    file: 'legacy-iframe-late.html',
    kind: 'hubspot-legacy',
    late: ['sousMotif'],
    wire: (doc) =>
      wireSelects(
        doc,
        ['TICKET.theme_siao', 'TICKET.motif_siao', 'TICKET.sous_motif_siao'],
        'number',
        {
          level: 2,
          template: '#late-sous-motif',
          slot: '#slot-sous-motif',
        },
      ),
  },
  {
    file: 'legacy-v2-required-markers.html',
    kind: 'hubspot-legacy',
    wire: (doc) => wireSelects(doc, ['TICKET.axe', 'TICKET.cause', 'TICKET.cause_detail'], 'code'),
  },
  {
    file: 'new-placeholder-labels.html',
    kind: 'hubspot-new',
    wire: (doc) => wireHsfc(doc, ['0-5/thematique', '0-5/motif', '0-5/sous_motif'], 'label'),
    skipped: [ONE_FILE_ONLY],
  },
  {
    file: 'new-multistep-portal-list.html',
    kind: 'hubspot-new',
    wire: (doc) =>
      wireHsfc(doc, ['0-5/categorie_siao', '0-5/motif_contact', '0-5/precision_motif'], 'code', {
        portal: true,
        dataValue: true,
      }),
  },
  {
    file: 'new-portal-readonly-email.html',
    kind: 'hubspot-new',
    wire: (doc) =>
      wireHsfc(doc, ['0-5/theme', '0-5/raison_contact', '0-5/raison_contact_detail'], 'number', {
        dataValue: true,
      }),
    conflicts: [{ field: 'email', current: 'prenom.nom@siao-exemple.fr' }],
  },
  {
    file: 'generic-flat-labels.html',
    kind: 'generic',
    wire: (doc) => wireSelects(doc, ['rubrique', 'raison', 'raison_detail'], 'code'),
  },
  {
    file: 'generic-table-layout.html',
    kind: 'generic',
    wire: (doc) => wireSelects(doc, ['theme', 'motif_incident', 'sous_motif_incident'], 'number'),
    skipped: [ONE_FILE_ONLY],
  },
];

/** The label a person sees as chosen in a select or a custom drop-down's button. */
function chosenLabel(el: Element): string {
  if (el.tagName === 'SELECT') {
    const option = (el as HTMLSelectElement).selectedOptions[0];
    return option && !option.disabled ? option.text.trim() : '';
  }
  const trigger = el.closest('.hsfc-DropdownInput')?.querySelector<HTMLInputElement>('input[role]');
  return (el as HTMLInputElement).value ? (trigger?.value ?? '') : '';
}

/** Every control's value but those we are meant to fill (and the buttons of our drop-downs, which
 * show the choice), to check nothing else was touched. */
function otherValues(root: Element): string[] {
  const ours = (el: Element): boolean =>
    el.hasAttribute('data-expect') ||
    !!el.closest('.hsfc-DropdownInput')?.querySelector('[data-expect]');
  return [...root.querySelectorAll<HTMLInputElement>('input, textarea, select')]
    .filter((el) => !ours(el))
    .map((el) => `${el.name}=${el.type === 'checkbox' ? String(el.checked) : el.value}`);
}

/** Spies on everything that would send the form: submit events, submit()/requestSubmit(), clicks
 * on any button (submit, « Suivant », « Parcourir »). */
function watchSubmission(form: HTMLFormElement): () => string[] {
  const seen: string[] = [];
  form.addEventListener('submit', () => seen.push('submit event'));
  vi.spyOn(form, 'submit').mockImplementation(() => void seen.push('submit()'));
  vi.spyOn(form, 'requestSubmit').mockImplementation(() => void seen.push('requestSubmit()'));
  for (const button of form.querySelectorAll('button, input[type="submit"]')) {
    button.addEventListener('click', () => seen.push(`click ${button.textContent ?? ''}`));
  }
  return () => seen;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe.each(VARIANTS)('$file', (variant) => {
  it('assigns every field to the control a person would use', async () => {
    const doc = await mount(variant.file);
    const view = detectForm(doc);
    expect(view?.kind).toBe(variant.kind);
    const inner = formDocument(doc);
    for (const field of FORM_FIELDS) {
      const expected = inner.querySelector(`[data-expect="${field}"]`);
      const got = view!.fields[field]?.valueElement ?? null;
      expect({ field, got: got?.getAttribute('name') ?? null }).toEqual({
        field,
        got: variant.late?.includes(field) ? null : (expected?.getAttribute('name') ?? null),
      });
      if (expected && !variant.late?.includes(field)) expect(got).toBe(expected);
    }
  });

  it('fills each field in its control, touches nothing else and never submits', async () => {
    const doc = await mount(variant.file);
    const inner = formDocument(doc);
    variant.wire(inner);
    const view: FormView = await waitForForm(doc, { timeoutMs: 500 });
    const form = view.root as HTMLFormElement;
    const submissions = watchSubmission(form);
    const before = otherValues(form);

    const report = await fillForm(view, PLAN, { timeoutMs: 1000 });

    const conflicted = new Set((variant.conflicts ?? []).map((c) => c.field));
    expect(report.conflicts).toEqual(variant.conflicts ?? []);
    expect(report.skipped).toEqual(variant.skipped ?? []);
    expect(report.filled).toEqual(FORM_FIELDS.filter((f) => !conflicted.has(f)));

    const at = (field: FormField): HTMLInputElement =>
      inner.querySelector<HTMLInputElement>(`[data-expect="${field}"]`)!;
    if (!conflicted.has('email')) expect(at('email').value).toBe(PLAN.email);
    expect(at('subject').value).toBe(PLAN.subject);
    expect(at('description').value.replace(/\r\n/g, '\n')).toBe(PLAN.description);
    expect(
      ['thematique', 'motif', 'sousMotif'].map((f) => chosenLabel(at(f as FormField))),
    ).toEqual(WANTED);
    const files = [...(at('attachments').files ?? [])].map((f) => f.name);
    expect(files).toEqual(
      at('attachments').multiple ? ['capture-1.png', 'capture-2.png'] : ['capture-1.png'],
    );
    expect(otherValues(form)).toEqual(before);
    expect(submissions()).toEqual([]);
  });
});

describe('variants beyond the happy path', () => {
  it('never writes into a read-only prefilled address, even when asked to overwrite', async () => {
    const doc = await mount('new-portal-readonly-email.html');
    wireHsfc(doc, ['0-5/theme', '0-5/raison_contact', '0-5/raison_contact_detail'], 'number', {
      dataValue: true,
    });
    const view = detectForm(doc)!;
    const report = await fillForm(view, PLAN, { timeoutMs: 1000, overwrite: true });
    const email = doc.querySelector<HTMLInputElement>('input[name="0-1/email"]')!;
    expect(email.value).toBe('prenom.nom@siao-exemple.fr');
    expect(report.filled).not.toContain('email');
    expect(report.conflicts).toEqual([{ field: 'email', current: 'prenom.nom@siao-exemple.fr' }]);
  });

  it('counts a read-only address that already says the right thing as filled', async () => {
    const doc = await mount('new-portal-readonly-email.html');
    const view = detectForm(doc)!;
    const report = await fillForm(
      view,
      { ...PLAN, email: 'prenom.nom@siao-exemple.fr', thematique: undefined, attachments: [] },
      { timeoutMs: 200 },
    );
    expect(report.filled).toContain('email');
    expect(report.conflicts).toEqual([]);
  });

  it('finds a legacy form the embed renders late', async () => {
    document.body.innerHTML = '<div class="hbspt-form"></div>';
    const html = readFileSync(join(DIR, 'legacy-columns-contact-props.html'), 'utf8');
    const form = /<form novalidate[\s\S]*?<\/form>/.exec(html)![0];
    setTimeout(() => {
      document.querySelector('.hbspt-form')!.innerHTML = form;
    }, 60);
    const view = await waitForForm(document, { timeoutMs: 1000 });
    expect(view.kind).toBe('hubspot-legacy');
    expect(view.fields.description?.name).toBe('TICKET.content');
  });

  // Older sites give the list's prompt a value (« Choisir… » = "0"): it is not the person's
  // choice, so the thématique is filled like any empty list.
  it('fills a select whose placeholder has a value, like an empty one', async () => {
    const doc = await mount('generic-table-layout.html');
    for (const option of doc.querySelectorAll<HTMLOptionElement>('option[value=""]'))
      option.value = '0';
    const view = detectForm(doc)!;
    const report = await fillForm(view, { ...PLAN, attachments: [] }, { timeoutMs: 200 });
    expect(report.conflicts).toEqual([]);
    expect(report.filled).toContain('thematique');
    expect(doc.querySelector<HTMLSelectElement>('select[name="theme"]')!.value).not.toBe('0');
  });

  it('chooses the thématique in a radio list, then the motif it unlocks, without submitting', async () => {
    const doc = await mount('legacy-radio-thematique.html');
    const motif = doc.querySelector<HTMLSelectElement>('select[name="TICKET.motif"]')!;
    doc.addEventListener('change', (event) => {
      const radio = event.target as HTMLInputElement;
      if (radio.name !== 'TICKET.thematique') return;
      setTimeout(() => {
        motif.querySelectorAll('option:not([disabled])').forEach((o) => o.remove());
        if (radio.value !== 'gestion_des_demandes') return;
        for (const [value, text] of [
          ['statut', 'Statut incorrect'],
          ['err_enr', "Erreur à l'enregistrement"],
        ] as const) {
          const option = doc.createElement('option');
          option.value = value;
          option.textContent = text;
          motif.append(option);
        }
      }, 20);
    });
    const view = detectForm(doc)!;
    expect(view.fields.thematique?.kind).toBe('radio-group');
    expect(view.fields.thematique?.label).toBe('Thématique');
    const form = view.root as HTMLFormElement;
    const submissions = watchSubmission(form);
    const report = await fillForm(view, { ...PLAN, attachments: [] }, { timeoutMs: 500 });
    expect(report.filled).toEqual(['email', 'subject', 'description', 'thematique', 'motif']);
    expect(report.skipped).toEqual([{ field: 'sousMotif', reason: 'notFound' }]);
    const checked = [...form.querySelectorAll<HTMLInputElement>('input[type=radio]')]
      .filter((r) => r.checked)
      .map((r) => r.value);
    expect(checked).toEqual(['gestion_des_demandes']);
    expect(motif.value).toBe('err_enr');
    expect(submissions()).toEqual([]);
  });

  it('reports a choice the person made in a radio list instead of changing it', async () => {
    const doc = await mount('legacy-radio-thematique.html');
    doc.querySelector<HTMLInputElement>('input[value="gestion_des_menages"]')!.checked = true;
    const report = await fillForm(
      detectForm(doc)!,
      { ...PLAN, attachments: [] },
      { timeoutMs: 100 },
    );
    expect(report.conflicts).toEqual([{ field: 'thematique', current: 'Gestion des ménages' }]);
    expect(
      doc.querySelector<HTMLInputElement>('input[value="gestion_des_demandes"]')!.checked,
    ).toBe(false);
  });

  it('reads a radio list in a fieldset of a plain form by its legend, not by its choices', async () => {
    const doc = document;
    doc.body.innerHTML = `<form action="/support/kb-tickets/new">
      <p><label for="mail">Courriel</label><input id="mail" type="email" name="mail"></p>
      <p><label for="obj">Objet de la demande</label><input id="obj" name="obj"></p>
      <fieldset><legend>Catégorie *</legend>
        <div><input type="radio" id="c1" name="cat" value="1"><label for="c1">Accès et authentification</label></div>
        <div><input type="radio" id="c2" name="cat" value="2"><label for="c2">Gestion des demandes</label></div>
      </fieldset>
      <p><label for="txt">Description</label><textarea id="txt" name="txt"></textarea></p>
      <button type="submit">Envoyer</button></form>`;
    const view = detectForm(doc)!;
    expect(view.fields.thematique?.label).toBe('Catégorie');
    const report = await fillForm(view, { ...PLAN, attachments: [] }, { timeoutMs: 100 });
    expect(report.filled).toContain('thematique');
    expect(doc.querySelector<HTMLInputElement>('#c2')!.checked).toBe(true);
    expect(doc.querySelector<HTMLInputElement>('#c1')!.checked).toBe(false);
  });
});

describe('label reading on unseen wordings and layouts', () => {
  it('drops plural and inclusive-writing marks', () => {
    expect(normalizeLabel('Pièce(s) jointe(s)')).toBe('piece jointe');
    expect(normalizeLabel('Capture(s) d’écran *')).toBe('capture d ecran');
    expect(normalizeLabel('Adresse e-mail du/de la référent·e')).toBe(
      'adresse e mail du de la referent',
    );
    expect(labelScore('Pièce(s) jointe(s)', DEFAULT_FORM_MAPPING.fields.attachments.labels)).toBe(
      2,
    );
  });

  it('falls through an empty label to the placeholder', () => {
    document.body.innerHTML =
      '<form><label for="a"><span></span></label><input id="a" aria-labelledby="a-l" placeholder="*Objet*"><span id="a-l"></span></form>';
    expect(labelOf(document.querySelector<HTMLElement>('#a')!, 'div')).toBe('*Objet*');
  });

  it('takes the label just before a control, never one across another control', () => {
    document.body.innerHTML =
      '<div><form><label>Objet</label><input name="a"><input name="b"><label>Message</label><textarea name="c"></textarea></form></div>';
    const at = (name: string): HTMLElement => document.querySelector(`[name="${name}"]`)!;
    expect(labelOf(at('a'), 'div')).toBe('Objet');
    expect(labelOf(at('b'), 'div')).toBe('');
    expect(labelOf(at('c'), 'div')).toBe('Message');
  });
});
