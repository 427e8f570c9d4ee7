import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyDraft } from '../../utils/core/escalation/model';
import { deleteDraft, readDrafts, saveDraft } from '../../utils/ext/storage/drafts-store';

describe('drafts store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('saves, reads back and deletes drafts, keeping the others', async () => {
    const a = { ...emptyDraft('menage:1', 1), expected: 'A' };
    const b = { ...emptyDraft('demande:2', 1), expected: 'B' };
    await saveDraft(a);
    await saveDraft(b);
    expect(Object.keys((await readDrafts()).drafts).sort()).toEqual(['demande:2', 'menage:1']);
    await deleteDraft('menage:1');
    expect((await readDrafts()).drafts).toEqual({ 'demande:2': b });
  });

  it('migrates v1 drafts on read', async () => {
    await fakeBrowser.storage.local.set({
      drafts: {
        version: 1,
        drafts: [{ menageId: '9100018', demandeId: null, text: 'Ancien brouillon', updatedAt: 5 }],
      },
    });
    const { drafts, problems } = await readDrafts();
    expect(problems).toEqual([]);
    expect(Object.values(drafts)[0]?.nature.description).toContain('Ancien brouillon');
    expect(
      ((await fakeBrowser.storage.local.get('drafts')).drafts as { version: number }).version,
    ).toBe(2);
  });

  it('sets a corrupt value aside instead of crashing or deleting it', async () => {
    await fakeBrowser.storage.local.set({ drafts: 'garbage' });
    const { drafts, problems } = await readDrafts();
    expect(drafts).toEqual({});
    expect(problems[0]).toMatch(/illisibles/);
    const all = await fakeBrowser.storage.local.get(null);
    const aside = Object.keys(all).find((k) => k.startsWith('drafts.setAside.'));
    expect(aside && (all[aside] as { value: unknown }).value).toBe('garbage');
  });

  it('sets aside one damaged draft and keeps the good one', async () => {
    const good = emptyDraft('menage:1', 1);
    await fakeBrowser.storage.local.set({
      drafts: { version: 2, drafts: { 'menage:1': good, 'menage:2': { nope: true } } },
    });
    const { drafts, problems } = await readDrafts();
    expect(drafts).toEqual({ 'menage:1': good });
    expect(problems).toEqual(['1 brouillon(s) illisible(s) mis de côté.']);
  });
});
