/**
 * The background keeps what the support form showed: merged into storage, never erased by a bad
 * read or a corrupt value, and only from the support form of the knowledge base in force.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { nomenclatureObserved } from '../../utils/ext/protocol/messages/settings';
import { handleNomenclatureObserved } from '../../entrypoints/background/handlers/nomenclature';
import { DEFAULT_NOMENCLATURE } from '../../utils/core/nomenclature/default';
import { DEFAULT_KB_ORIGIN } from '../../utils/core/origins';
import {
  nomenclatureInForce,
  readObservedNomenclature,
  recordNomenclatureReads,
} from '../../utils/ext/storage/observed-nomenclature';

const o = (value: string, label: string) => ({ value, label });
const THEMATIQUES = {
  level: 'thematique',
  options: [o('gestion_des_demandes', 'Gestion des demandes'), o('rgpd', 'RGPD')],
};
const FORM_SENDER = { id: fakeBrowser.runtime.id, tab: { id: 7 } as never };

describe('observed nomenclature in storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores a good read and reads it back; a bad read afterwards keeps it', async () => {
    await recordNomenclatureReads([THEMATIQUES], 1000);
    const kept = await readObservedNomenclature();
    expect(kept?.thematiques.map((t) => t.value)).toEqual(['gestion_des_demandes', 'rgpd']);
    await recordNomenclatureReads([{ level: 'thematique', options: [] }, { nope: 1 }], 2000);
    expect(await readObservedNomenclature()).toEqual(kept);
  });

  it('ignores a corrupt stored value until a good read replaces it', async () => {
    await fakeBrowser.storage.local.set({ observedNomenclature: { version: 1, thematiques: 'x' } });
    expect(await readObservedNomenclature()).toBeNull();
    expect(nomenclatureInForce(null, DEFAULT_NOMENCLATURE).source).toEqual({ kind: 'configured' });
    await recordNomenclatureReads([THEMATIQUES], 3000);
    const n = await readObservedNomenclature();
    expect(n?.thematiques).toHaveLength(2);
    expect(nomenclatureInForce(n, DEFAULT_NOMENCLATURE).source).toEqual({
      kind: 'observed',
      updatedAt: 3000,
    });
  });

  it('takes reads only from the support form of the knowledge base in force', async () => {
    const message = { type: 'nomenclatureObserved', reads: [THEMATIQUES] };
    const elsewhere = [
      { ...FORM_SENDER, url: `${DEFAULT_KB_ORIGIN}/support/un-article` },
      { ...FORM_SENDER, url: 'https://faux-kb.example/support/kb-tickets/new' },
      { id: fakeBrowser.runtime.id, url: `${DEFAULT_KB_ORIGIN}/support/kb-tickets/new` },
    ];
    for (const sender of elsewhere)
      expect(await handleNomenclatureObserved(message, sender)).toEqual({ ok: false });
    expect(await readObservedNomenclature()).toBeNull();
    const sender = { ...FORM_SENDER, url: `${DEFAULT_KB_ORIGIN}/support/kb-tickets/new?x=1` };
    expect(await handleNomenclatureObserved(message, sender)).toEqual({ ok: true, thematiques: 2 });
    // An empty read is refused by the protocol before the handler runs.
    expect(nomenclatureObserved.request.safeParse({ reads: [] }).success).toBe(false);
  });
});
