/**
 * When no thématique of the form fits, the banner says so at once and offers the closest options
 * as buttons; a person's click on one chooses it and fills the levels below, a click made by a
 * script of the page does nothing. And an escalation organised otherwise (an older nomenclature)
 * is mapped across levels.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { closedRoot } from '../../entrypoints/kb.content/closed-ui';
import { showFillBanner } from '../../entrypoints/kb.content/fill-report';
import { fillForm, type FillPlan } from '../../utils/sites/kb/fill';
import { detectForm } from '../../utils/sites/kb/form-view';

const FORM = `<form class="hs-form" action="/support/kb-tickets/new">
  <div class="hs-form-field"><label for="e">Adresse e-mail</label><input id="e" name="email" type="email"></div>
  <div class="hs-form-field"><label for="s">Objet</label><input id="s" name="TICKET.subject"></div>
  <div class="hs-form-field"><label for="c">Description</label><textarea id="c" name="TICKET.content"></textarea></div>
  <div class="hs-form-field"><label for="t">Thématique</label><select id="t" name="TICKET.thematique">
    <option value="" disabled selected>Veuillez sélectionner</option>
    <option value="HEB">Hébergement : demandes et orientations</option>
    <option value="MEN">Ménages et personnes accompagnées</option>
    <option value="AUT">Autre sujet</option></select></div>
  <div class="hs-form-field"><label for="m">Motif</label><select id="m" name="TICKET.motif">
    <option value="" disabled selected>Veuillez sélectionner</option></select></div>
  <div class="hs-submit"><input type="submit" value="Envoyer"></div></form>`;

const PLAN: FillPlan = {
  email: 'referent.test@exemple-siao.fr',
  subject: 'Deux fiches pour une même personne',
  description: 'Ménage 9100018 : deux fiches personne à fusionner.',
  thematique: { code: 'gestion-des-menages', libelle: 'Gestion des ménages' },
  motif: { code: 'gestion-menage', libelle: 'Gestion du ménage' },
};

function mount(): HTMLFormElement {
  document.body.innerHTML = FORM;
  const form = document.querySelector('form')!;
  form.addEventListener('change', (event) => {
    const target = event.target as HTMLSelectElement;
    if (target.name !== 'TICKET.thematique' || target.value !== 'MEN') return;
    setTimeout(() => {
      const option = document.createElement('option');
      option.value = 'MEN-1';
      option.textContent = 'Gestion du ménage';
      form.querySelector('select[name="TICKET.motif"]')!.append(option);
    }, 20);
  });
  return form;
}

// Closed to the page (null there); the content script keeps the root.
const banner = () => closedRoot('ars-banner')!;

/** A click as a person makes it (happy-dom, like a page script, only makes untrusted ones). */
function personClick(el: Element): void {
  const event = new MouseEvent('click', { bubbles: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  el.dispatchEvent(event);
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('closest choices in the banner', () => {
  it('offers the closest thématiques at once and fills from a person’s click only', async () => {
    const form = mount();
    const view = detectForm(document)!;
    const started = Date.now();
    const report = await fillForm(view, PLAN);
    showFillBanner(view, PLAN, report, {}, 'Formulaire pré-rempli');
    expect(Date.now() - started).toBeLessThan(300);
    const buttons = [...banner().querySelectorAll<HTMLButtonElement>('button[id^="ars-choice-"]')];
    expect(buttons.map((b) => b.textContent)).toEqual([
      'Thématique : Ménages et personnes accompagnées',
    ]);
    expect(banner().textContent).toContain('Aucun choix ne correspond à « Gestion des ménages »');

    buttons[0]!.click(); // what a script of the page could do
    await new Promise((r) => setTimeout(r, 60));
    const thematique = form.querySelector<HTMLSelectElement>('select[name="TICKET.thematique"]')!;
    expect(thematique.value).toBe('');

    personClick(buttons[0]!);
    const motif = form.querySelector<HTMLSelectElement>('select[name="TICKET.motif"]')!;
    await vi.waitFor(() => expect(motif.value).toBe('MEN-1'), 2000);
    expect(thematique.value).toBe('MEN');
    await vi.waitFor(() => expect(banner().textContent).toContain('Choix appliqué'), 1000);
  });

  it('maps across levels: an older escalation’s motif is the form’s thématique', async () => {
    document.body.innerHTML = FORM.replace(
      'HEB">Hébergement : demandes et orientations',
      'GDD">Gestion des demandes',
    ).replace('MEN">Ménages et personnes accompagnées', 'GDM">Gestion des ménages');
    const form = document.querySelector('form')!;
    const motif = form.querySelector<HTMLSelectElement>('select[name="TICKET.motif"]')!;
    form.addEventListener('change', (event) => {
      if ((event.target as HTMLSelectElement).name !== 'TICKET.thematique') return;
      setTimeout(() => {
        for (const [value, label] of [
          ['GDM.01.1', 'Fusion de personnes'],
          ['GDM.01.2', 'Composition du ménage'],
        ] as const) {
          const option = document.createElement('option');
          option.value = value;
          option.textContent = label;
          motif.append(option);
        }
      }, 20);
    });
    const report = await fillForm(detectForm(document)!, {
      ...PLAN,
      thematique: {
        code: 'assistance-fonctionnelle',
        libelle: 'Assistance fonctionnelle (utilisation du SI SIAO)',
      },
      sousMotif: { code: 'fusion-personnes', libelle: 'Fusion des personnes' },
    });
    expect(form.querySelector<HTMLSelectElement>('select[name="TICKET.thematique"]')!.value).toBe(
      'GDM',
    );
    expect(motif.value).toBe('GDM.01.1');
    expect(report.filled).toEqual(expect.arrayContaining(['thematique', 'motif']));
    expect(report.skipped).toContainEqual({
      field: 'sousMotif',
      reason: 'nothingMoreSpecific',
    });
  });
});
