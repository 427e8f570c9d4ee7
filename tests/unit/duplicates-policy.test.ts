import { describe, expect, it } from 'vitest';
import { decide } from '../../utils/core/duplicates/policy';
import { prepareHistory } from '../../utils/core/duplicates/prepared';
import { parseEscalation, type EscalationInput } from '../../utils/core/duplicates/record';
import { say } from '../../utils/i18n';

const NOW = '2025-10-15T10:00:00.000Z';
const ago = (days: number) => new Date(Date.parse(NOW) - days * 86_400_000).toISOString();
const entry = (o: Partial<EscalationInput>) =>
  parseEscalation({ subject: '', description: '', createdAt: ago(5), ...o });

const annulation = {
  demandeId: 'D1',
  menageId: 'M1',
  motif: 'Gestion de la demande',
  sousMotif: 'Annulation des demandes',
  subject: "Impossible d'annuler la demande",
  description: 'Le bouton Annuler reste grisé sur la demande.',
  ticketNumber: '48231',
};

describe('decide: block', () => {
  it('blocks the same demande and sous-motif, open, within 30 days, and names the ticket', () => {
    const d = decide(
      [entry(annulation)],
      { demandeId: 'D1', sousMotif: 'Annulation des demandes', motif: 'Gestion de la demande' },
      NOW,
    );
    expect(d.verdict).toBe('block');
    expect(d.matches[0]?.entry.ticketNumber).toBe('48231');
    expect(d.matches[0]?.reasons.map(say)).toContain('même demande');
    expect(say(d.reason)).toContain('48231');
  });
  it('uses ménage or personne when neither has a demande', () => {
    const h = [entry({ ...annulation, demandeId: undefined, personneId: 'P1' })];
    expect(decide(h, { menageId: 'M1', sousMotif: annulation.sousMotif }, NOW).verdict).toBe(
      'block',
    );
    expect(decide(h, { personneId: 'P1', sousMotif: annulation.sousMotif }, NOW).verdict).toBe(
      'block',
    );
  });
  it('falls back to the motif when a sous-motif is missing', () => {
    const h = [entry({ ...annulation, sousMotif: undefined })];
    expect(decide(h, { demandeId: 'D1', motif: 'gestion de la demande' }, NOW).verdict).toBe(
      'block',
    );
  });
  it('blocks on a description that says the same thing under another sous-motif', () => {
    const h = [
      entry({
        ...annulation,
        description: 'HTTP 500 sur PUT /api/demandes/1/statut au changement de statut',
      }),
    ];
    const c = {
      demandeId: 'D1',
      sousMotif: 'Demande à mettre à jour',
      description: 'encore HTTP 500 sur PUT /api/demandes/1/statut',
    };
    expect(decide(h, c, NOW).verdict).toBe('block');
  });
  it('honours a configurable window', () => {
    const h = [entry({ ...annulation, createdAt: ago(20) })];
    const c = { demandeId: 'D1', sousMotif: annulation.sousMotif };
    expect(decide(h, c, NOW).verdict).toBe('block');
    expect(decide(h, c, NOW, { windowDays: 15 }).verdict).toBe('warn');
  });
  it('turns a block into a warning once the referent justified « autre problème »', () => {
    const c = {
      demandeId: 'D1',
      sousMotif: annulation.sousMotif,
      justification: 'Autre demande à annuler, pas la même erreur',
    };
    expect(decide([entry(annulation)], c, NOW).verdict).toBe('warn');
  });
  it('ignores the candidate itself once recorded (same ticket number)', () => {
    expect(decide([entry(annulation)], { ...annulation }, NOW).verdict).toBe('allow');
  });
});

describe('decide: warn', () => {
  it('warns on the same case with another problem', () => {
    const d = decide(
      [entry(annulation)],
      { demandeId: 'D1', sousMotif: 'Suivi des demandes', description: "L'historique est vide" },
      NOW,
    );
    expect(d.verdict).toBe('warn');
    expect(d.matches[0]?.kind).toBe('meme-cas-autre-probleme');
  });
  it('warns on the same problem resolved, or older than the window', () => {
    const c = { demandeId: 'D1', sousMotif: annulation.sousMotif };
    expect(decide([entry({ ...annulation, status: 'resolved' })], c, NOW).matches[0]?.kind).toBe(
      'meme-cas-probleme-resolu',
    );
    expect(decide([entry({ ...annulation, createdAt: ago(45) })], c, NOW).matches[0]?.kind).toBe(
      'meme-cas-probleme-ancien',
    );
  });
  it('warns on the same problem for another case (a general incident)', () => {
    const h = [
      entry({
        ...annulation,
        description:
          "Depuis ce matin, « Une erreur technique est survenue » à chaque enregistrement de l'évaluation sociale",
      }),
    ];
    const c = {
      demandeId: 'D2',
      sousMotif: annulation.sousMotif,
      description:
        "erreur technique est survenue a l'enregistrement de l'evaluation sociale depuis ce matin",
    };
    const d = decide(h, c, NOW);
    expect(d.verdict).toBe('warn');
    expect(d.matches[0]?.kind).toBe('meme-probleme-autre-cas');
    expect(say(d.reason)).toMatch(/incident général/);
  });
  it('only warns when one side has a demande and they share the household', () => {
    const h = [entry({ ...annulation, demandeId: undefined })];
    expect(
      decide(h, { demandeId: 'D9', menageId: 'M1', sousMotif: annulation.sousMotif }, NOW).verdict,
    ).toBe('warn');
  });
  it('lists what blocks before what only warns', () => {
    const h = [
      entry({ ...annulation, sousMotif: 'Suivi des demandes', ticketNumber: '1' }),
      entry({ ...annulation, ticketNumber: '2' }),
    ];
    const d = decide(h, { demandeId: 'D1', sousMotif: annulation.sousMotif }, NOW);
    expect(d.matches.map((m) => m.entry.ticketNumber)).toEqual(['2', '1']);
  });
});

describe('decide: allow', () => {
  it('allows on an empty history', () => {
    expect(decide([], { demandeId: 'D1' }, NOW)).toMatchObject({ verdict: 'allow', matches: [] });
  });
  it('allows another case with the same sous-motif but another description', () => {
    const c = {
      demandeId: 'D2',
      sousMotif: annulation.sousMotif,
      description: 'La demande a été annulée par erreur par un collègue, comment la réactiver ?',
    };
    expect(decide([entry(annulation)], c, NOW).verdict).toBe('allow');
  });
  it('allows the same case with another problem after the window', () => {
    const h = [entry({ ...annulation, createdAt: ago(60) })];
    expect(decide(h, { demandeId: 'D1', sousMotif: 'Suivi des demandes' }, NOW).verdict).toBe(
      'allow',
    );
  });
  it('never blocks without case IDs', () => {
    const h = [entry({ ...annulation, demandeId: undefined, menageId: undefined })];
    const d = decide(
      h,
      {
        sousMotif: annulation.sousMotif,
        subject: annulation.subject,
        description: annulation.description,
      },
      NOW,
    );
    expect(d.verdict).toBe('warn');
  });
});

describe('decide: prepared history', () => {
  it('gives the same answer on a prepared history as on the array', () => {
    const h = [entry(annulation), entry({ ...annulation, demandeId: 'D3', ticketNumber: '3' })];
    const c = { demandeId: 'D1', sousMotif: annulation.sousMotif };
    expect(decide(prepareHistory(h), c, NOW)).toEqual(decide(h, c, NOW));
  });
});
