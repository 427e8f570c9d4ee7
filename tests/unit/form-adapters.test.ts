import { afterEach, describe, expect, it } from 'vitest';
import { resolveFormMapping } from '../../utils/sites/kb/form-mapping';
import { describeForm, detectForm, findFormRoots } from '../../utils/sites/kb/form-view';
import { frameDocument, mountFixture, parseFixture } from './form-fixtures';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('legacy HubSpot form', () => {
  it('maps every field by name, with its kind', () => {
    const view = detectForm(parseFixture('legacy.html'));
    expect(view?.kind).toBe('hubspot-legacy');
    const f = view!.fields;
    expect(f.email?.name).toBe('email');
    expect(f.subject?.name).toBe('TICKET.subject');
    expect(f.description).toMatchObject({ name: 'TICKET.content', kind: 'textarea' });
    expect(f.thematique).toMatchObject({ name: 'TICKET.thematique', kind: 'select' });
    expect(f.motif?.name).toBe('TICKET.motif');
    expect(f.sousMotif?.name).toBe('TICKET.sous_motif');
    expect(f.attachments).toMatchObject({ kind: 'file', multiple: true });
    expect(view!.submitButton?.getAttribute('value')).toBe('Envoyer');
    expect(f.subject?.label).toBe('Objet');
  });

  it('is described for npm run inspect', () => {
    expect(describeForm(parseFixture('legacy.html'))).toEqual({
      found: true,
      kind: 'hubspot-legacy',
      frame: null,
      fields: {
        email: 'form.hs-form input[name="email"]',
        subject: 'form.hs-form input[name="TICKET.subject"]',
        description: 'form.hs-form textarea[name="TICKET.content"]',
        thematique: 'form.hs-form select[name="TICKET.thematique"]',
        motif: 'form.hs-form select[name="TICKET.motif"]',
        sousMotif: 'form.hs-form select[name="TICKET.sous_motif"]',
        attachments: 'form.hs-form input[name="TICKET.hs_file_upload"]',
      },
      missing: [],
      // What to pin in `form.hubspot` once this is known to be the national form.
      hubspot: {
        portalIds: ['143567890'],
        formIds: ['3f6c1e2a-8b4d-4e9a-9c1f-5a7b2d0e4c11'],
      },
    });
  });

  it('describes selectors that find the fields again', () => {
    const doc = parseFixture('legacy.html');
    const view = detectForm(doc)!;
    for (const handle of Object.values(view.fields)) {
      expect(doc.querySelector(handle!.selector)).toBe(handle!.element);
    }
  });
});

describe('legacy form inside an iframe', () => {
  it('is found in the same-origin frame', async () => {
    const doc = await mountFixture('legacy-iframe.html');
    const roots = findFormRoots(doc);
    expect(roots[0]).toMatchObject({ kind: 'hubspot-legacy' });
    expect(roots[0]?.frame?.id).toBe('hs-form-iframe-0');
    const view = detectForm(doc)!;
    expect(view.root.ownerDocument).toBe(frameDocument(doc));
    expect(view.fields.description?.name).toBe('TICKET.content');
    expect(describeForm(doc)).toMatchObject({
      found: true,
      frame: 'iframe#hs-form-iframe-0',
      missing: [],
    });
  });

  it('is also read from the inner document directly', async () => {
    const doc = await mountFixture('legacy-iframe.html');
    expect(detectForm(frameDocument(doc))?.fields.subject?.name).toBe('TICKET.subject');
  });
});

describe('new-style (hsfc) form', () => {
  it('maps text fields and the custom drop-downs through their hidden inputs', () => {
    const view = detectForm(parseFixture('new.html'))!;
    expect(view.kind).toBe('hubspot-new');
    expect(view.fields.email?.name).toBe('0-1/email');
    expect(view.fields.subject?.name).toBe('0-5/subject');
    expect(view.fields.description).toMatchObject({ name: '0-5/content', kind: 'textarea' });
    expect(view.fields.thematique).toMatchObject({ kind: 'hsfc-dropdown', name: '0-5/thematique' });
    expect(view.fields.thematique?.element.classList.contains('hsfc-DropdownInput')).toBe(true);
    expect(view.fields.motif?.label).toBe('Motif');
    expect(view.fields.sousMotif?.name).toBe('0-5/sous_motif');
    expect(view.fields.attachments?.multiple).toBe(true);
    expect(view.submitButton?.textContent).toBe('Envoyer');
  });

  it('does not take a drop-down button or its search box for a text field', () => {
    const view = detectForm(parseFixture('new.html'))!;
    const names = Object.values(view.fields).map((h) => h?.valueElement.getAttribute('role'));
    expect(names).not.toContain('combobox');
    expect(names).not.toContain('searchbox');
  });

  it('is described with the hidden inputs of its drop-downs', () => {
    const d = describeForm(parseFixture('new.html'));
    expect(d.kind).toBe('hubspot-new');
    expect(d.fields.thematique).toBe('form.hsfc-Form input[name="0-5/thematique"]');
    expect(d.fields.email).toBe('form.hsfc-Form input[name="0-1/email"]');
    expect(d.missing).toEqual([]);
  });
});

describe('renamed properties', () => {
  it('maps every field by its visible label', () => {
    const view = detectForm(parseFixture('renamed.html'))!;
    expect(view.kind).toBe('hubspot-legacy');
    expect(view.fields.email?.name).toBe('adresse_contact');
    expect(view.fields.subject?.name).toBe('TICKET.intitule');
    expect(view.fields.description?.name).toBe('TICKET.texte_libre');
    expect(view.fields.thematique?.name).toBe('TICKET.domaine_fonctionnel');
    expect(view.fields.motif?.name).toBe('TICKET.raison');
    expect(view.fields.sousMotif?.name).toBe('TICKET.raison_precise');
    expect(view.fields.attachments?.name).toBe('TICKET.fichiers');
  });

  it('leaves « Votre demande concerne » (a select) and the phone alone', () => {
    const view = detectForm(parseFixture('renamed.html'))!;
    const used = Object.values(view.fields).map((h) => h?.name);
    expect(used).not.toContain('TICKET.perimetre');
    expect(used).not.toContain('phone');
  });

  it('follows a mapping override from options', () => {
    const mapping = resolveFormMapping({
      fields: { subject: { names: ['phone'], labels: [] } },
    });
    expect(detectForm(parseFixture('renamed.html'), mapping)?.fields.subject?.name).toBe('phone');
  });
});

describe('pages without the support form', () => {
  it('does not take the site search for the support form', () => {
    const doc = parseFixture('no-form.html');
    expect(detectForm(doc)).toBeNull();
    expect(describeForm(doc)).toEqual({
      found: false,
      kind: null,
      frame: null,
      fields: {
        email: null,
        subject: null,
        description: null,
        thematique: null,
        motif: null,
        sousMotif: null,
        attachments: null,
      },
      missing: [
        'email',
        'subject',
        'description',
        'thematique',
        'motif',
        'sousMotif',
        'attachments',
      ],
      hubspot: null,
    });
  });

  it('recognises a plain (generic) form that has the support fields', () => {
    document.body.innerHTML = `<form id="contact">
      <label for="m">Courriel</label><input id="m" type="email" name="mail">
      <p><label>Objet <input name="titre"></label></p>
      <div><label for="d">Description</label><textarea id="d" name="corps"></textarea></div>
      <button>Envoyer</button></form>`;
    const view = detectForm(document)!;
    expect(view.kind).toBe('generic');
    expect(view.fields.subject?.name).toBe('titre');
    expect(view.fields.description?.name).toBe('corps');
    expect(describeForm(document).fields.email).toBe('form#contact input[name="mail"]');
  });
});
