import { describe, expect, it } from 'vitest';
import { emptyDraft } from '../../utils/core/escalation/model';
import { cleanStep, renderEscalation, renderSubject } from '../../utils/core/escalation/render';
import { exampleDraft } from './escalation-fixtures';

const GOLDEN = `1. Qui est concerné ?
Utilisateur : cosme.renie@example.fr (profil : Travailleur social)
Usager : ID ménage 9100028

2. Quelle est la nature de la demande ?
Je souhaite ajouter des pièces justificatives et modifier le commentaire existant. Voici les étapes réalisées :

ID concernés : demande 4521

Étapes pour reproduire :
1) Aller dans la fiche du ménage ID 9100028
2) Se rendre dans l’onglet situation du ménage
3) Aller dans la liste des pièces justificatives
4) Modifier le commentaire et ajouter des pièces justificatives

Résultat attendu :
Je suis en mesure de modifier le commentaire et d’ajouter les pièces justificatives dans la fiche ménage

Résultat obtenu :
Je ne peux pas supprimer le commentaire ; la liste des pièces justificatives est incomplète et ne peut être modifiée.

Erreurs techniques relevées :
PUT /api/menages/9100028/pieces → HTTP 500`;

describe('renderEscalation', () => {
  it('renders the national team’s example in the template order (golden text)', () => {
    expect(renderEscalation(exampleDraft())).toBe(GOLDEN);
  });

  it('uses CRLF when asked, with no lone LF left', () => {
    const text = renderEscalation(exampleDraft(), { eol: '\r\n' });
    expect(text).toBe(GOLDEN.replace(/\n/g, '\r\n'));
    expect(/[^\r]\n/.test(text)).toBe(false);
  });

  it('normalises the referent’s line endings and blank lines', () => {
    const draft = exampleDraft();
    draft.nature.description = 'Ligne un\r\nLigne deux  \r\n\r\n\r\n\rLigne trois\u0007';
    const text = renderEscalation(draft);
    expect(text).toContain('Ligne un\nLigne deux\n\nLigne trois\n');
    expect(text).not.toContain('\r');
  });

  it('writes no Markdown of its own', () => {
    const text = renderEscalation(exampleDraft());
    expect(text).not.toMatch(/^\s*(#|\*|-|>|```)/m);
    expect(text).not.toMatch(/\*\*|__/);
  });

  it('numbers steps itself, dropping the numbering or bullet typed in', () => {
    const draft = exampleDraft();
    draft.steps = [
      { id: 's1', text: '1) Ouvrir la fiche' },
      { id: 's2', text: '  ' },
      { id: 's3', text: '- Cliquer sur\nAnnuler' },
    ];
    expect(renderEscalation(draft)).toContain(
      'Étapes pour reproduire :\n1) Ouvrir la fiche\n2) Cliquer sur Annuler\n',
    );
    expect(cleanStep('12. Valider')).toBe('Valider');
  });

  it('lists all IDs and both usager IDs, and the justification at the end', () => {
    const draft = exampleDraft();
    draft.qui.personneId = '300';
    draft.nature.ids = {
      demandeId: '4521',
      structureId: '88',
      dispositifId: '12',
      groupePlacesId: '7',
      other: 'orientation 3456',
    };
    draft.justification = 'Testé avec deux profils différents.';
    const text = renderEscalation(draft);
    expect(text).toContain('Usager : ID ménage 9100028 / ID personne 300\n');
    expect(text).toContain(
      'ID concernés : demande 4521 ; structure 88 ; dispositif 12 ; groupe de places 7 ; autre : orientation 3456',
    );
    expect(
      text.endsWith("Justification de l'escalade :\nTesté avec deux profils différents."),
    ).toBe(true);
  });

  it('says what is missing in the numbered sections and leaves empty optional ones out', () => {
    const text = renderEscalation(emptyDraft('sans-contexte', 0));
    expect(text).toBe(
      '1. Qui est concerné ?\nUtilisateur : non renseigné\nUsager : non renseigné\n\n' +
        '2. Quelle est la nature de la demande ?\nDescription non renseignée.',
    );
    const account = renderEscalation(emptyDraft('sans-contexte', 0), { usagerApplies: false });
    expect(account).toContain('Usager : non concerné');
  });

  it('shows technical lines alone under the result when no text was written', () => {
    const draft = exampleDraft();
    draft.obtained = '';
    expect(
      renderEscalation(draft).endsWith(
        'Résultat obtenu :\nErreurs techniques relevées :\nPUT /api/menages/9100028/pieces → HTTP 500',
      ),
    ).toBe(true);
    draft.technicalLines = draft.technicalLines.map((t) => ({ ...t, included: false }));
    expect(renderEscalation(draft)).not.toContain('Résultat obtenu');
  });
});

describe('renderSubject', () => {
  it('is the summary on one line', () => {
    const draft = exampleDraft();
    draft.nature.summary = '  Impossible d’annuler\nla demande  ';
    expect(renderSubject(draft)).toBe('Impossible d’annuler la demande');
  });

  it('cuts a long summary at a word with an ellipsis', () => {
    const draft = exampleDraft();
    draft.nature.summary = 'mot '.repeat(60);
    const subject = renderSubject(draft);
    expect(subject.length).toBeLessThanOrEqual(150);
    expect(subject.endsWith('mot…')).toBe(true);
  });

  it('falls back to a neutral subject naming the context', () => {
    const draft = exampleDraft();
    draft.nature.summary = ' ';
    expect(renderSubject(draft)).toBe(
      'Demande d’assistance SI SIAO – Ménage 9100028'.replace('’', "'"),
    );
    expect(renderSubject(emptyDraft('sans-contexte', 0))).toBe("Demande d'assistance SI SIAO");
  });
});
