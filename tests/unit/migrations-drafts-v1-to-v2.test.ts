import { describe, expect, it } from 'vitest';
import { EscalationDraftSchema } from '../../utils/core/escalation/model';
import { draftsToV2, loadDraftStore } from '../../utils/core/migrations/drafts';
import { draftsV1ToV2, draftV1ToV2 } from '../../utils/core/migrations/drafts-v1-to-v2';
import { exampleDraft } from './escalation-fixtures';

describe('draftV1ToV2', () => {
  it('turns a flat v1 draft into the escalation script, text kept whole as the description', () => {
    const v2 = draftV1ToV2({
      menageId: '9100028',
      demandeId: '4521',
      text: 'Impossible d’annuler la demande.\nMessage : erreur.',
      updatedAt: 1_757_570_000_000,
    });
    expect(EscalationDraftSchema.safeParse(v2).success).toBe(true);
    expect(v2).toMatchObject({
      version: 2,
      contextKey: 'demande:4521',
      qui: { menageId: '9100028', userEmail: '', personneId: '' },
      nature: {
        summary: '',
        description: 'Impossible d’annuler la demande.\nMessage : erreur.',
        ids: { demandeId: '4521' },
      },
      steps: [],
      createdAt: 1_757_570_000_000,
      updatedAt: 1_757_570_000_000,
    });
  });

  it('reads ISO dates and missing IDs', () => {
    const v2 = draftV1ToV2({
      menageId: null,
      demandeId: undefined,
      text: 'x',
      updatedAt: '2025-09-11T10:00:00Z',
    });
    expect(v2.contextKey).toBe('sans-contexte');
    expect(v2.updatedAt).toBe(Date.parse('2025-09-11T10:00:00Z'));
  });
});

describe('draftsV1ToV2', () => {
  it('keys the v1 list by context and drops entries with nothing typed', () => {
    const store = draftsV1ToV2([
      { menageId: '91', demandeId: null, text: 'Ménage sans demande', updatedAt: 10 },
      { menageId: '91', demandeId: '4521', text: 'Sur la demande', updatedAt: 20 },
      { menageId: '92', demandeId: null, text: '   ', updatedAt: 30 },
      'pas un brouillon',
      { menageId: 93, text: 'ID numérique illisible mais texte gardé', updatedAt: 'hier' },
    ]);
    expect(Object.keys(store).sort()).toEqual(['demande:4521', 'menage:91', 'sans-contexte']);
    expect(store['sans-contexte']?.nature.description).toBe(
      'ID numérique illisible mais texte gardé',
    );
    expect(store['sans-contexte']?.updatedAt).toBe(0);
  });

  it('accepts the v1 object form and never loses the text of two drafts for one context', () => {
    const store = draftsV1ToV2({
      a: { menageId: '91', demandeId: null, text: 'Ancien', updatedAt: 10 },
      b: { menageId: '91', demandeId: null, text: 'Récent', updatedAt: 20 },
    });
    expect(store['menage:91']?.nature.description).toBe('Récent\n\nAncien');
    expect(store['menage:91']?.updatedAt).toBe(20);
  });

  it('gives an empty store for nothing stored, and throws on a value that is no store', () => {
    expect(draftsV1ToV2(undefined)).toEqual({});
    expect(() => draftsV1ToV2('texte')).toThrow('brouillons v1 : liste ou objet attendu');
  });
});

describe('draftsToV2 (the WXT migration of `local:drafts`)', () => {
  it('unwraps a legacy envelope, migrating its v1 drafts', () => {
    const v1 = [{ menageId: '91', demandeId: null, text: 'Bonjour', updatedAt: 5 }];
    expect(draftsToV2({ version: 1, drafts: v1 })).toEqual(draftsV1ToV2(v1));
    const good = exampleDraft();
    expect(draftsToV2({ version: 2, drafts: { [good.contextKey]: good } })).toEqual({
      [good.contextKey]: good,
    });
  });

  it('leaves a current store, and what it cannot read, as they are', () => {
    const good = exampleDraft();
    expect(draftsToV2({ [good.contextKey]: good })).toEqual({ [good.contextKey]: good });
    expect(draftsToV2('texte')).toBe('texte');
    const future = { version: 9, drafts: {} };
    expect(draftsToV2(future)).toBe(future);
    const broken = { version: 1, drafts: 'texte' };
    expect(draftsToV2(broken)).toBe(broken);
  });
});

describe('loadDraftStore', () => {
  it('migrates a legacy v1 envelope to current and validates', () => {
    const load = loadDraftStore({
      version: 1,
      drafts: [{ menageId: '91', demandeId: null, text: 'Bonjour', updatedAt: 5 }],
    });
    expect(load.ok).toBe(true);
    if (load.ok) {
      expect(load.migrated).toBe(true);
      expect(load.drafts['menage:91']?.nature.description).toBe('Bonjour');
      expect(load.rejected).toEqual({});
    }
  });

  it('keeps good drafts and sets damaged ones aside', () => {
    const good = exampleDraft();
    const load = loadDraftStore({ [good.contextKey]: good, 'menage:1': { broken: true } });
    expect(load).toEqual({
      ok: true,
      drafts: { [good.contextKey]: good },
      rejected: { 'menage:1': { broken: true } },
      migrated: false,
    });
  });

  it('sets aside a draft stored under another context’s key', () => {
    const good = exampleDraft();
    const load = loadDraftStore({ 'menage:1': good });
    expect(load.ok && Object.keys(load.rejected)).toEqual(['menage:1']);
  });

  it('reads nothing stored as an empty store', () => {
    expect(loadDraftStore(null)).toEqual({ ok: true, drafts: {}, rejected: {}, migrated: false });
  });

  it('reports an unreadable value with the value itself to keep aside', () => {
    expect(loadDraftStore('texte')).toEqual({ ok: false, error: 'format inconnu', value: 'texte' });
    expect(loadDraftStore([1, 2])).toMatchObject({ ok: false, value: [1, 2] });
    expect(loadDraftStore({ version: 9, drafts: {} })).toMatchObject({ ok: false });
    expect(loadDraftStore({ version: 2, drafts: [1] })).toEqual({
      ok: false,
      error: 'brouillons illisibles : objet attendu',
      value: { version: 2, drafts: [1] },
    });
  });
});
