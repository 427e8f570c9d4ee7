import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyDraft } from '../../utils/core/escalation/model';
import { say } from '../../utils/i18n';

/** The store defines its WXT item (and runs its migration) on import: fresh each time. */
async function store() {
  vi.resetModules();
  return import('../../utils/ext/storage/drafts-store');
}

async function stored(): Promise<Record<string, unknown>> {
  return fakeBrowser.storage.local.get(null);
}

function setAsideValues(all: Record<string, unknown>): unknown[] {
  return Object.keys(all)
    .filter((k) => k.startsWith('drafts.setAside.'))
    .map((k) => (all[k] as { value: unknown }).value);
}

describe('drafts store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('saves, reads back and deletes drafts, keeping the others', async () => {
    const { deleteDraft, readDrafts, saveDraft } = await store();
    const a = { ...emptyDraft('menage:1', 1), expected: 'A' };
    const b = { ...emptyDraft('demande:2', 1), expected: 'B' };
    await saveDraft(a);
    await saveDraft(b);
    expect(Object.keys((await readDrafts()).drafts).sort()).toEqual(['demande:2', 'menage:1']);
    await deleteDraft('menage:1');
    expect((await readDrafts()).drafts).toEqual({ 'demande:2': b });
    // The bare store, with WXT's version beside it.
    expect(await stored()).toEqual({ drafts: { 'demande:2': b }, drafts$: { v: 2 } });
  });

  it('sets a corrupt value aside instead of crashing or deleting it', async () => {
    await fakeBrowser.storage.local.set({ drafts: 'garbage', drafts$: { v: 2 } });
    const { readDrafts } = await store();
    const { drafts, problems } = await readDrafts();
    expect(drafts).toEqual({});
    expect(problems.map(say)).toEqual([
      'Les brouillons enregistrés étaient illisibles (format inconnu) : ils ont été mis de côté.',
    ]);
    const all = await stored();
    expect(setAsideValues(all)).toEqual(['garbage']);
    expect(all.drafts).toBeUndefined();
  });

  it('sets aside one damaged draft and keeps the good one', async () => {
    const good = emptyDraft('menage:1', 1);
    await fakeBrowser.storage.local.set({
      drafts: { 'menage:1': good, 'menage:2': { nope: true } },
      drafts$: { v: 2 },
    });
    const { readDrafts } = await store();
    const { drafts, problems } = await readDrafts();
    expect(drafts).toEqual({ 'menage:1': good });
    expect(problems.map(say)).toEqual(['1 brouillon(s) illisible(s) mis de côté.']);
    const all = await stored();
    expect(setAsideValues(all)).toEqual([{ 'menage:2': { nope: true } }]);
    expect(all.drafts).toEqual({ 'menage:1': good });
  });
});

describe('drafts stored by releases before WXT storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('converts a `{ version: 1 }` envelope of flat drafts once, on startup', async () => {
    await fakeBrowser.storage.local.set({
      drafts: {
        version: 1,
        drafts: [{ menageId: '9100018', demandeId: null, text: 'Ancien brouillon', updatedAt: 5 }],
      },
    });
    const { readDrafts } = await store();
    const { drafts, problems } = await readDrafts();
    expect(problems).toEqual([]);
    expect(drafts['menage:9100018']?.nature.description).toBe('Ancien brouillon');
    expect(await stored()).toEqual({ drafts, drafts$: { v: 2 } });
  });

  it('converts a `{ version: 2 }` envelope to the bare store', async () => {
    const good = emptyDraft('menage:1', 1);
    await fakeBrowser.storage.local.set({ drafts: { version: 2, drafts: { 'menage:1': good } } });
    const { readDrafts } = await store();
    expect(await readDrafts()).toEqual({ drafts: { 'menage:1': good }, problems: [] });
    expect(await stored()).toEqual({ drafts: { 'menage:1': good }, drafts$: { v: 2 } });
  });

  it('sets aside an envelope that cannot be converted, with the reason', async () => {
    const envelope = { version: 1, drafts: 'texte' };
    await fakeBrowser.storage.local.set({ drafts: envelope });
    const { readDrafts, saveDraft } = await store();
    expect((await readDrafts()).problems.map(say)).toEqual([
      'Les brouillons enregistrés étaient illisibles (migration vers la version 2 impossible : brouillons v1 : liste ou objet attendu) : ils ont été mis de côté.',
    ]);
    expect(setAsideValues(await stored())).toEqual([envelope]);
    // The store starts clean and is written in the current version.
    const draft = emptyDraft('menage:3', 1);
    await saveDraft(draft);
    expect((await stored()).drafts).toEqual({ 'menage:3': draft });
    expect((await stored()).drafts$).toEqual({ v: 2 });
  });

  it('sets aside an envelope from a newer release', async () => {
    await fakeBrowser.storage.local.set({ drafts: { version: 3, drafts: {} } });
    const { readDrafts } = await store();
    expect((await readDrafts()).problems.map(say)[0]).toContain(
      'version 3 plus récente que celle connue',
    );
  });

  it('reads a current store that lost its version (erased, then written) as it is', async () => {
    const good = emptyDraft('menage:1', 1);
    await fakeBrowser.storage.local.set({ drafts: { 'menage:1': good } });
    const { readDrafts } = await store();
    expect(await readDrafts()).toEqual({ drafts: { 'menage:1': good }, problems: [] });
  });
});

describe('drafts after « Effacer mes données »', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads drafts written after the erase, whose version WXT does not write again', async () => {
    const { saveDraft } = await store();
    await saveDraft(emptyDraft('menage:1', 1));
    const { eraseEverything } = await import('../../utils/ext/storage/local-data');
    await eraseEverything();
    const b = emptyDraft('menage:2', 2);
    await saveDraft(b);
    expect(await stored()).toEqual({ drafts: { 'menage:2': b } });
    // After a restart the migration takes it for version 1: it must leave it as it is.
    const { readDrafts } = await store();
    expect(await readDrafts()).toEqual({ drafts: { 'menage:2': b }, problems: [] });
    expect(await stored()).toEqual({ drafts: { 'menage:2': b }, drafts$: { v: 2 } });
  });
});

describe('watchDrafts', () => {
  beforeEach(() => fakeBrowser.reset());

  it('calls back with what another window saved, not on a removal', async () => {
    const { readDrafts, saveDraft, watchDrafts } = await store();
    const seen: string[][] = [];
    const unwatch = watchDrafts((d) => seen.push(Object.keys(d)));
    await saveDraft(emptyDraft('menage:1', 1));
    await fakeBrowser.storage.local.set({ drafts: 'garbage' });
    await readDrafts(); // sets it aside and removes it
    unwatch();
    expect(seen).toEqual([['menage:1']]);
  });
});
