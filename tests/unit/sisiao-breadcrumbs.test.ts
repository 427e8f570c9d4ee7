import { describe, expect, it } from 'vitest';
import { type Breadcrumb, emptyContext } from '../../utils/core/context';
import { describeClickTarget, errorMessageOf } from '../../utils/sites/sisiao/breadcrumbs';
import {
  describeVisit,
  numberSteps,
  pushBreadcrumb,
  toReproSteps,
  ticketSafeTitle,
  toTechnicalLines,
} from '../../utils/core/escalation/repro-steps';

function dom(html: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = html;
  return doc;
}

describe('describeClickTarget', () => {
  const doc = dom(`
    <button id="b"><span id="inner">Enregistrer</span></button>
    <div role="tablist"><button role="tab" id="t">Pièces justificatives</button></div>
    <a href="/x" id="icon" aria-label="Supprimer la pièce"><svg></svg></a>
    <input id="field" value="Usager Test"><textarea id="ta">commentaire</textarea>
    <select id="sel"><option>Écoutant 115</option></select>
    <div contenteditable="true" id="ce">texte</div>
    <input type="submit" id="sub" value="Valider">
    <table><thead><tr><th>Nom</th><th>Action</th></tr></thead>
      <tbody><tr><td><a href="/p/1" id="name">Usager Test</a></td><td><button id="open">Ouvrir</button></td></tr></tbody></table>
    <p id="plain">texte</p>`);
  const $ = (id: string) => doc.getElementById(id) as Element;

  it('names buttons, tabs and icon links by what a person sees', () => {
    expect(describeClickTarget($('inner'))).toEqual({ kind: 'click', label: 'Enregistrer' });
    expect(describeClickTarget($('t'))).toEqual({ kind: 'tab', label: 'Pièces justificatives' });
    expect(describeClickTarget($('icon'))).toEqual({ kind: 'click', label: 'Supprimer la pièce' });
    expect(describeClickTarget($('sub'))).toEqual({ kind: 'click', label: 'Valider' });
  });

  it('never records a field or its value', () => {
    for (const id of ['field', 'ta', 'sel', 'ce', 'plain'])
      expect(describeClickTarget($(id))).toBeNull();
  });

  it('names links in table cells by their column, not their text (a usager name)', () => {
    const d = describeClickTarget($('name'));
    expect(d?.label).toBe('lien de la colonne « Nom »');
    expect(JSON.stringify(d)).not.toContain('Usager');
  });
});

describe('breadcrumb ring and steps', () => {
  const c = (at: number, kind: Breadcrumb['kind'], label: string): Breadcrumb => ({
    at,
    kind,
    label,
  });

  it('keeps at most 30 and does not repeat a visit', () => {
    let list: Breadcrumb[] = [];
    for (let i = 0; i < 40; i++) list = pushBreadcrumb(list, c(i * 5000, 'click', `B${i}`));
    expect(list).toHaveLength(30);
    list = pushBreadcrumb(list, c(300000, 'visit', 'la fiche ménage ID 9100018'));
    list = pushBreadcrumb(list, c(301000, 'visit', 'la fiche ménage ID 9100018'));
    expect(list.filter((x) => x.kind === 'visit')).toHaveLength(1);
  });

  it('renders French steps up to the failure', () => {
    const ctx = { ...emptyContext(), pageKind: 'fiche-menage' as const, menageId: '9100018' };
    const steps = toReproSteps(
      [
        c(1000, 'tab', 'Pièces justificatives'),
        c(2000, 'click', 'Enregistrer'),
        c(2500, 'error', "Erreur lors de l'enregistrement"),
        c(60000, 'click', 'Fermer'),
      ],
      [{ at: 2400, kind: 'http', method: 'PUT', path: '/api/menages/9100018/pieces', status: 500 }],
      ctx,
    );
    expect(steps).toEqual([
      'Aller dans la fiche ménage ID 9100018',
      "Ouvrir l'onglet « Pièces justificatives »",
      'Cliquer sur « Enregistrer »',
      "Le message « Erreur lors de l'enregistrement » s'affiche",
    ]);
    expect(numberSteps(steps)[0]).toBe('1) Aller dans la fiche ménage ID 9100018');
  });

  it('writes technical lines with the Paris time, once per failure', () => {
    const at = Date.UTC(2025, 0, 10, 9, 42);
    const lines = toTechnicalLines([
      { at, kind: 'http', method: 'PUT', path: '/api/menages/9100018/pieces?x=', status: 500 },
      {
        at: at + 1000,
        kind: 'http',
        method: 'PUT',
        path: '/api/menages/9100018/pieces',
        status: 500,
      },
      { at, kind: 'http', method: 'GET', path: '/api/ok', status: 200 },
    ]);
    expect(lines).toEqual([
      'Erreur technique : HTTP 500 sur PUT /api/menages/9100018/pieces à 10:42',
    ]);
  });

  it('reads error toasts as they appear', () => {
    const doc = dom(
      '<div id="t" role="alert">Erreur lors de l’enregistrement</div><div id="s" class="toast">Enregistré</div>',
    );
    expect(errorMessageOf(doc.getElementById('t') as Element)).toBe(
      'Erreur lors de l’enregistrement',
    );
    expect(errorMessageOf(doc.getElementById('s') as Element)).toBeNull();
  });
});

describe('screen titles in steps (they go into the ticket)', () => {
  const visit = (pageKind: 'liste' | 'autre', pageTitle: string) =>
    describeVisit({ ...emptyContext(), pageKind, pageTitle });

  it('keeps a generic screen title, up to its first separator', () => {
    expect(visit('liste', 'Demandes en attente d’orientation')).toBe(
      'la liste « Demandes en attente d’orientation »',
    );
    expect(visit('autre', 'Tableau de bord SIAO — accueil')).toBe(
      'la page « Tableau de bord SIAO »',
    );
    expect(ticketSafeTitle('Offre : places disponibles')).toBe('Offre');
  });

  it('drops a title that carries what looks like a person’s name or a date', () => {
    expect(visit('autre', 'Suivi social Marie DUPONT')).toBe('la page');
    expect(visit('liste', 'Suivi — DUPONT Marie')).toBe('la liste « Suivi »');
    expect(ticketSafeTitle('Fiche de Jean-Pierre Martin')).toBeNull();
    expect(ticketSafeTitle('Entretien du 12/03/2025')).toBeNull();
    expect(ticketSafeTitle(null)).toBeNull();
  });
});

describe('ticketSafeTitle and capitals', () => {
  it('keeps the sector’s acronyms but not a name written in capitals', () => {
    expect(ticketSafeTitle('Places en CHRS et HUDA')).toBe('Places en CHRS et HUDA');
    expect(ticketSafeTitle('Suivi DUPONT')).toBeNull();
  });
});
