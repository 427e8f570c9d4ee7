import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { KbIndex } from '../../utils/core/search/kb-index';
import { reduceQuery } from '../../utils/core/search/reduce-query';
import { loadCorpus } from '../tools/kb-eval';

const text = (q: string, known?: (w: string) => boolean): string =>
  reduceQuery(q, known)
    .parts.map((p) => p.text)
    .join(' | ');

describe('reduceQuery', () => {
  it('leaves a keyword query as typed', () => {
    for (const q of ['mdp oublie', 'annuler une demande', 'compte bloqué après 5 essais']) {
      expect(reduceQuery(q)).toEqual({ parts: [{ text: q, weight: 1 }], reduced: false });
    }
  });

  it('takes out greetings and their addressee', () => {
    expect(text("Bonsoir l'équipe, le compte de Paul est bloqué")).not.toMatch(/bonsoir|équipe/i);
    expect(text('Bonjour à tous. Je ne peux plus me connecter')).toBe(
      'Je ne peux plus me connecter',
    );
    expect(text('Hello Sophie, impossible de joindre une pièce')).toBe(
      'impossible de joindre une pièce',
    );
  });

  it('takes out sign-offs, with the name after them', () => {
    expect(text('La demande reste à compléter. Merci, Julie')).toBe('La demande reste à compléter');
    expect(text("Le bouton est grisé. Merci d'avance. Bonne journée, J. Martin")).toBe(
      'Le bouton est grisé',
    );
    expect(text('impossible de clôturer la demande\nCordialement\nAnne-Sophie DURAND')).toBe(
      'impossible de clôturer la demande',
    );
  });

  it('takes out names after a civility, initials and unknown capitalised words', () => {
    expect(text('la demande de M. K. est partie en doublon')).toBe(
      'la demande de est partie en doublon',
    );
    expect(text('Mme DIALLO Awa a changé de ménage')).toBe('a changé de ménage');
    // A capitalised word the knowledge base knows stays: it is a word, not a name.
    expect(text('export vers Excel et vers Tilleuls', (w) => w === 'excel')).toBe(
      'export vers Excel et vers',
    );
  });

  it('takes out times and days the knowledge base does not use', () => {
    expect(text('bloqué depuis 14h30 ce matin, et lundi aussi')).toBe('bloqué depuis , et aussi');
    expect(text('le webinaire de jeudi', (w) => w === 'jeudi')).toBe('le webinaire de jeudi');
  });

  it('weighs the people involved little', () => {
    const r = reduceQuery('ma collègue ne voit plus ses demandes');
    expect(r.parts).toContainEqual({ text: 'collègue', weight: 0.3 });
    expect(r.parts).toContainEqual({ text: 'ma ne voit plus ses demandes', weight: 1 });
  });

  it('weighs the sentence that states the problem most', () => {
    const r = reduceQuery(
      "Bonjour, la famille est suivie depuis deux ans par notre service d'accueil. " +
        "Depuis hier impossible d'enregistrer la demande, le bouton reste grisé. Merci, Julie",
    );
    const weight = (needle: string) => r.parts.find((p) => p.text.includes(needle))?.weight;
    expect(weight('impossible')).toBe(1);
    expect(weight('famille')).toBeLessThan(1);
    expect(r.parts.some((p) => /Julie|Merci|Bonjour/.test(p.text))).toBe(false);
  });
});

describe('a pasted message finds what its problem sentence finds', () => {
  let index: KbIndex;
  beforeAll(async () => {
    index = KbIndex.build(await loadCorpus(join(process.cwd(), 'tests/demo/kb-corpus')));
  }, 60_000);

  it('a greeting, a story and a signature do not move the answer', () => {
    const problem = 'impossible de joindre le justificatif de ressources à la demande';
    const message =
      "Bonsoir l'équipe,\nJe suis Mme Lefèvre, TS au CCAS depuis 2019, je suis la famille D. " +
      `depuis mars.\n${problem}, le fichier fait 12 Mo.\nMerci d'avance, bonne soirée\nJulie`;
    const expected = index.search(problem)[0]?.slug;
    expect(expected).toBeTruthy();
    expect(index.search(message)[0]?.slug).toBe(expected);
  });
});
