import { describe, expect, it } from 'vitest';
import {
  DraftStoreSchema,
  emptyDraft,
  EscalationDraftSchema,
  nextId,
} from '../../utils/core/escalation/model';
import { exampleDraft } from './escalation-fixtures';

describe('EscalationDraftSchema', () => {
  it('parses a full draft unchanged', () => {
    const draft = exampleDraft();
    expect(EscalationDraftSchema.parse(draft)).toEqual(draft);
  });

  it('parses an empty draft and an optional justification', () => {
    expect(EscalationDraftSchema.safeParse(emptyDraft('sans-contexte', 0)).success).toBe(true);
    const withJustification = { ...exampleDraft(), justification: 'Testé sur deux postes.' };
    expect(EscalationDraftSchema.parse(withJustification).justification).toBe(
      'Testé sur deux postes.',
    );
  });

  it('rejects another version, a missing section and wrong types', () => {
    expect(EscalationDraftSchema.safeParse({ ...exampleDraft(), version: 1 }).success).toBe(false);
    const { qui: _qui, ...noQui } = exampleDraft();
    expect(EscalationDraftSchema.safeParse(noQui).success).toBe(false);
    const badStep = { ...exampleDraft(), steps: [{ id: 's1', text: 3 }] };
    expect(EscalationDraftSchema.safeParse(badStep).success).toBe(false);
    const badLine = { ...exampleDraft(), technicalLines: [{ id: 't1', text: 'x' }] };
    expect(EscalationDraftSchema.safeParse(badLine).success).toBe(false);
    expect(EscalationDraftSchema.safeParse({ ...exampleDraft(), createdAt: -1 }).success).toBe(
      false,
    );
  });

  it('keeps IDs as text a referent may type (« 91XXXX8 »)', () => {
    const draft = exampleDraft();
    draft.qui.menageId = '91XXXX8';
    expect(EscalationDraftSchema.safeParse(draft).success).toBe(true);
  });

  it('validates a store keyed by context', () => {
    const draft = exampleDraft();
    expect(DraftStoreSchema.safeParse({ [draft.contextKey]: draft }).success).toBe(true);
    expect(DraftStoreSchema.safeParse({ x: { text: 'v1' } }).success).toBe(false);
  });
});

describe('nextId', () => {
  it('gives an id not taken, stable when items were removed', () => {
    expect(nextId('s', [])).toBe('s1');
    expect(nextId('s', [{ id: 's1' }, { id: 's2' }])).toBe('s3');
    expect(nextId('s', [{ id: 's3' }])).toBe('s2');
    expect(nextId('s', [{ id: 's2' }, { id: 's3' }])).toBe('s4');
  });
});
