import { describe, expect, it } from 'vitest';
import { CONFLICT_MARK, mergeDrafts } from '../../utils/core/escalation/merge-drafts';
import { emptyDraft, type EscalationDraft } from '../../utils/core/escalation/model';

function edit(d: EscalationDraft, f: (x: EscalationDraft) => void): EscalationDraft {
  const copy = structuredClone(d);
  f(copy);
  return copy;
}

const base = edit(emptyDraft('menage:9100018', 1), (d) => {
  d.nature.summary = 'PJ impossibles à enregistrer';
  d.steps = [{ id: 's1', text: 'Aller dans la fiche ménage' }];
});

describe('mergeDrafts', () => {
  it('keeps each side’s edits to different fields', () => {
    const mine = edit(base, (d) => (d.expected = 'Les pièces sont enregistrées'));
    const theirs = edit(base, (d) => (d.obtained = 'Erreur 500'));
    const { draft, conflicts } = mergeDrafts(base, mine, theirs);
    expect(draft.expected).toBe('Les pièces sont enregistrées');
    expect(draft.obtained).toBe('Erreur 500');
    expect(conflicts).toEqual([]);
  });

  it('stamps the merge later than both sides, so neither window takes it for its own save', () => {
    const mine = edit(base, (d) => ((d.expected = 'A'), (d.updatedAt = 50)));
    const theirs = edit(base, (d) => ((d.obtained = 'B'), (d.updatedAt = 70)));
    for (const [x, y] of [
      [mine, theirs],
      [theirs, mine],
    ] as const) {
      const { draft } = mergeDrafts(base, x, y);
      expect(draft.updatedAt).toBeGreaterThan(70);
    }
  });

  it('keeps both texts, marked, when both sides changed the same field', () => {
    const mine = edit(base, (d) => (d.nature.description = 'Ma version'));
    const theirs = edit(base, (d) => (d.nature.description = 'Leur version'));
    const { draft, conflicts } = mergeDrafts(base, mine, theirs);
    expect(draft.nature.description).toBe(`Ma version\n\n${CONFLICT_MARK}\nLeur version`);
    expect(conflicts).toEqual(['nature.description']);
  });

  it('unions steps added on both sides and honours an untouched deletion', () => {
    const mine = edit(base, (d) => d.steps.push({ id: 's2', text: 'Cliquer sur Enregistrer' }));
    const theirs = edit(base, (d) => {
      d.steps = [{ id: 's3', text: 'Ouvrir l’onglet Pièces justificatives' }];
    });
    const { draft } = mergeDrafts(base, mine, theirs);
    expect(draft.steps.map((s) => s.id)).toEqual(['s2', 's3']);
  });

  it('takes the other side’s nomenclature when this side did not change it', () => {
    const mine = edit(base, (d) => (d.expected = 'x'));
    const theirs = edit(
      base,
      (d) => (d.nomenclature = { thematique: 't', motif: 'm', sousMotif: null }),
    );
    expect(mergeDrafts(base, mine, theirs).draft.nomenclature).toEqual({
      thematique: 't',
      motif: 'm',
      sousMotif: null,
    });
  });

  it('merges nested IDs and names the conflicting path', () => {
    const mine = edit(base, (d) => (d.nature.ids.demandeId = '7700042'));
    const theirs = edit(base, (d) => {
      d.nature.ids.demandeId = '7700057';
      d.qui.personneId = '9200031';
    });
    const { draft, conflicts } = mergeDrafts(base, mine, theirs);
    expect(conflicts).toEqual(['nature.ids.demandeId']);
    expect(draft.nature.ids.demandeId).toContain('7700042');
    expect(draft.nature.ids.demandeId).toContain('7700057');
    expect(draft.qui.personneId).toBe('9200031');
  });
});
