import { describe, expect, it } from 'vitest';
import { withIncidents } from '../../utils/core/feed/incident-decision';
import { matchIncidents } from '../../utils/core/feed/incident-match';
import type { Incident } from '../../utils/core/feed/schema';
import { say } from '../../utils/i18n';
import { said } from '../../utils/i18n/said';

/** Issue 19: a known incident stops the duplicate escalations at the source. */
const OPEN: Incident = {
  id: 'inc-pj',
  title: 'Enregistrement des pièces justificatives en erreur',
  since: '2026-12-05T08:12:00.000Z',
  status: 'en-cours',
  nomenclature: { thematique: 'Assistance technique', sousMotif: "Erreur à l'enregistrement" },
  symptoms: ['les pièces justificatives ne s’enregistrent pas', 'erreur 500 au téléversement'],
};
const RESOLVED: Incident = {
  ...OPEN,
  id: 'inc-connexion',
  title: 'Connexion impossible le matin',
  status: 'resolu',
  resolvedAt: '2026-12-04T16:00:00.000Z',
  nomenclature: undefined,
  symptoms: ['impossible de se connecter au SI SIAO, page blanche après identification'],
};

describe('known incidents', () => {
  it('match by the nomenclature they name, accent- and case-blind', () => {
    const m = matchIncidents([OPEN], {
      thematique: 'assistance technique',
      motif: 'Anomalie',
      sousMotif: "Erreur a l'enregistrement",
    });
    expect(m).toMatchObject([{ incident: { id: 'inc-pj' }, why: 'nomenclature' }]);
  });

  it('match a description that covers a symptom phrase in other forms of the words', () => {
    const m = matchIncidents([OPEN], {
      subject: 'Pièce justificative',
      description:
        'Bonjour, depuis ce matin la pièce justificative ne s’enregistre plus sur la fiche.',
    });
    expect(m[0]).toMatchObject({ why: 'symptome' });
  });

  it('do not match an unrelated escalation, nor one sharing only generic words', () => {
    expect(
      matchIncidents([OPEN, RESOLVED], {
        subject: 'Composition du ménage',
        description: 'Impossible de modifier la composition familiale de la demande.',
        thematique: 'Gestion des ménages',
      }),
    ).toEqual([]);
  });

  it('block while open, with the time the national team started on it', () => {
    const m = matchIncidents([OPEN], {
      thematique: 'Assistance technique',
      sousMotif: "Erreur à l'enregistrement",
    });
    const d = withIncidents(null, m, Date.parse('2026-12-05T10:00:00.000Z'));
    expect(d?.verdict).toBe('block');
    expect(say(d!.reason)).toMatch(/traite déjà cet incident depuis \d{1,2} h 12/);
    expect(d?.matches[0]?.entry.subject).toBe(OPEN.title);
  });

  it('become a level-1 answer once resolved, and never hide a real duplicate', () => {
    const m = matchIncidents([RESOLVED], {
      description: 'Impossible de se connecter au SI SIAO : page blanche après l’identification.',
    });
    const d = withIncidents({ verdict: 'allow', matches: [], reason: said('dupReasonNone') }, m);
    expect(d?.verdict).toBe('warn');
    expect(say(d!.reason)).toMatch(/résolu le 4 décembre/);
    const dup = { verdict: 'block' as const, matches: [], reason: said('dupReasonNone') };
    expect(withIncidents(dup, m)).toBe(dup);
  });
});
