import { describe, expect, it } from 'vitest';
import { EscalationDraftSchema } from '../../utils/core/escalation/model';
import { draftFromContext, mergeContextIntoDraft } from '../../utils/core/escalation/prefill';
import { exampleDraft, ficheMenageContext } from './escalation-fixtures';

describe('draftFromContext', () => {
  it('fills who, IDs, steps and technical lines from the capture', () => {
    const ctx = ficheMenageContext({ demandeId: '4521', structureId: '88', personneId: '300' });
    const draft = draftFromContext(
      ctx,
      ['Ouvrir la fiche ménage', '  Ouvrir la fiche ménage ', '', 'Cliquer sur\n« Annuler »'],
      ['POST /api/demandes/4521/annulation → HTTP 500', '  '],
      1000,
    );
    expect(EscalationDraftSchema.safeParse(draft).success).toBe(true);
    expect(draft.contextKey).toBe('demande:4521');
    expect(draft.qui).toEqual({
      userEmail: 'cosme.renie@example.fr',
      userProfile: 'Travailleur social',
      menageId: '9100028',
      personneId: '300',
    });
    expect(draft.nature.ids).toMatchObject({ demandeId: '4521', structureId: '88', other: '' });
    expect(draft.steps).toEqual([
      { id: 's1', text: 'Ouvrir la fiche ménage' },
      { id: 's2', text: 'Cliquer sur « Annuler »' },
    ]);
    expect(draft.technicalLines).toEqual([
      { id: 't1', text: 'POST /api/demandes/4521/annulation → HTTP 500', included: true },
    ]);
    expect(draft.nature.summary).toBe('');
    expect(draft.nomenclature).toEqual({ thematique: null, motif: null, sousMotif: null });
    expect([draft.createdAt, draft.updatedAt]).toEqual([1000, 1000]);
  });
});

describe('mergeContextIntoDraft', () => {
  it('fills only empty fields', () => {
    const draft = exampleDraft();
    draft.qui.userProfile = '';
    draft.nature.ids.structureId = '';
    const merged = mergeContextIntoDraft(
      draft,
      ficheMenageContext({
        userProfile: 'Coordinateur SIAO',
        structureId: '88',
        demandeId: '4521',
      }),
    );
    expect(merged.qui.userProfile).toBe('Coordinateur SIAO');
    expect(merged.nature.ids.structureId).toBe('88');
  });

  it('never overwrites what the referent typed', () => {
    const draft = exampleDraft();
    draft.qui.userEmail = 'autre.adresse@example.fr';
    draft.qui.userProfile = 'Profil corrigé';
    const merged = mergeContextIntoDraft(
      draft,
      ficheMenageContext({ userProfile: 'Travailleur social', demandeId: '4521' }),
    );
    expect(merged.qui.userEmail).toBe('autre.adresse@example.fr');
    expect(merged.qui.userProfile).toBe('Profil corrigé');
    expect(merged.nature.summary).toBe(draft.nature.summary);
    expect(merged.steps).toEqual(draft.steps);
  });

  it('returns the same object when nothing is missing, so no save is needed', () => {
    const draft = exampleDraft();
    expect(mergeContextIntoDraft(draft, ficheMenageContext({ demandeId: '4521' }))).toBe(draft);
  });

  it('ignores a context about another ménage or demande', () => {
    const draft = exampleDraft();
    draft.qui.userProfile = '';
    const other = ficheMenageContext({ menageId: '5550001', userProfile: 'Travailleur social' });
    expect(mergeContextIntoDraft(draft, other)).toBe(draft);
    const otherDemande = ficheMenageContext({ demandeId: '9999', userProfile: 'TS' });
    expect(mergeContextIntoDraft(draft, otherDemande)).toBe(draft);
  });

  it('bumps updatedAt only when asked and when something changed', () => {
    const draft = exampleDraft();
    draft.qui.personneId = '';
    const ctx = ficheMenageContext({ personneId: '300', demandeId: '4521' });
    expect(mergeContextIntoDraft(draft, ctx).updatedAt).toBe(draft.updatedAt);
    expect(mergeContextIntoDraft(draft, ctx, 42).updatedAt).toBe(42);
    expect(draft.qui.personneId).toBe('');
  });
});
