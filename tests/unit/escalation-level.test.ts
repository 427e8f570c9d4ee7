import { describe, expect, it } from 'vitest';
import type { TechSignal } from '../../utils/core/context';
import { guideLevel } from '../../utils/core/escalation/level';
import { say } from '../../utils/i18n';

const http = (status: number): TechSignal => ({
  at: 1,
  kind: 'http',
  method: 'POST',
  path: '/api/demandes/4521',
  status,
});

describe('guideLevel', () => {
  it.each([
    'Bug sur la fiche ménage',
    "J'ai un message d'erreur quand je valide",
    'erreur 500 en enregistrant la demande',
    "l'écran plante quand je clique sur Annuler",
    'La recherche ne fonctionne plus depuis hier',
    'le bouton ne marche plus',
    'Anomalie sur la liste des demandes',
    'page blanche après connexion',
    'erreur technique inattendue',
    'comment faire ? ça plante à chaque fois',
  ])('anomaly « %s » → level 2', (text) => {
    const g = guideLevel({ text });
    expect(g.level).toBe(2);
    expect(g.kind).toBe('anomalie');
    expect(g.certainty).toBe('forte');
    expect(say(g.explanation)).toMatch(/niveau 2/);
  });

  it('a captured server error is an anomaly even with a vague text', () => {
    const g = guideLevel({ text: 'souci sur la demande', signals: [http(500)] });
    expect(g.level).toBe(2);
    expect(g.reasons).toContain('erreur HTTP 500 sur POST /api/demandes/4521 captée');
  });

  it('401/403 are rights or session matters, not anomalies', () => {
    expect(guideLevel({ text: 'accès à la demande', signals: [http(403)] }).level).toBe(1);
    expect(guideLevel({ text: 'erreur 403 sur la fiche' }).kind).not.toBe('anomalie');
  });

  it.each([
    'Comment annuler une demande ?',
    'où trouver la liste des pièces justificatives',
    'Est-ce possible de fusionner deux ménages ?',
    'est il possible de réactiver une DI annulée',
    'peut-on changer le travailleur social',
    "c'est quoi un CHRS",
    'à quoi sert le module offre',
    'quelle est la procédure pour transférer une demande',
    'Comment faire, le lien ne marche pas ?',
  ])('how-to « %s » → level 1 with a French explanation', (text) => {
    const g = guideLevel({ text });
    expect(g.level).toBe(1);
    expect(g.kind).toBe('question');
    expect(say(g.explanation)).toMatch(/niveau 1/);
    expect(say(g.explanation)).toMatch(/base de connaissances/);
  });

  it('a weak clue alone is level 2 with a low certainty', () => {
    const g = guideLevel({ text: 'le lien de réinitialisation ne marche pas' });
    expect([g.level, g.kind, g.certainty]).toEqual([2, 'anomalie', 'faible']);
    expect(say(g.explanation)).toMatch(/vérifiez d’abord/);
  });

  it('« par erreur » is not an error message', () => {
    expect(guideLevel({ text: 'DI créée par erreur à annuler' }).level).toBe(1);
  });

  it('without any clue, starts at level 1 unless a level-2 motif was chosen', () => {
    expect(guideLevel({ text: 'souci avec un ménage' })).toMatchObject({
      level: 1,
      kind: 'indetermine',
    });
    expect(guideLevel({ text: 'souci avec un ménage', selectionLevel: 2 })).toMatchObject({
      level: 2,
      kind: 'indetermine',
    });
  });
});
