import { afterEach, describe, expect, it } from 'vitest';
import { reportLines } from '../../entrypoints/kb.content/fill-report';
import { setKbLanguage } from '../../entrypoints/kb.content/text';
import type { FillReport } from '../../utils/sites/kb/fill';

const REPORT: FillReport = {
  filled: ['email'],
  skipped: [
    { field: 'thematique', reason: 'notFound' },
    { field: 'motif', reason: 'dependsOn', vars: { parent: 'thematique' } },
    { field: 'attachments', reason: 'oneFileMany', vars: { left: 2 } },
  ],
  conflicts: [{ field: 'subject', current: 'Déjà saisi' }],
};

describe('the fill report on the knowledge base', () => {
  afterEach(() => setKbLanguage('fr'));

  it('says in French what was left out, naming the form’s fields', () => {
    expect(reportLines(REPORT)).toEqual([
      'Non rempli – Thématique : Champ introuvable dans le formulaire',
      'Non rempli – Motif : Dépend de « Thématique », non choisi',
      "Non rempli – Pièces jointes : Le formulaire n'accepte qu'un fichier : 2 captures non jointes",
      'Laissé tel quel – Objet : vous aviez déjà saisi une autre valeur.',
    ]);
  });

  it('says it in English when the interface is in English', () => {
    setKbLanguage('en');
    expect(reportLines(REPORT)).toEqual([
      'Not filled – Theme: Field not found in the form',
      'Not filled – Reason: Depends on “Theme”, not chosen',
      'Not filled – Attachments: The form accepts one file only: 2 screenshots not attached',
      'Left as it was – Subject: you had already entered another value.',
    ]);
  });
});
