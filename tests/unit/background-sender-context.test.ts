import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { routeFor } from '../../entrypoints/background/handlers';
import { senderContext } from '../../utils/ext/sender-context';

/**
 * Issue 18: each background handler answers only the contexts it was written for. A script of
 * the SI SIAO steering the SI SIAO content script cannot ask for attachments or the latest draft;
 * a script of the knowledge base cannot pose as the SI SIAO's context; neither can refresh the
 * index or reach the panel's messages.
 */
const id = () => fakeBrowser.runtime.id;
const page = () => ({ id: id(), url: fakeBrowser.runtime.getURL('/sidepanel.html') });
const kb = () => ({
  id: id(),
  url: 'https://basedeconnaissances.sisiao.dihal.gouv.fr/support/kb-tickets/new',
  tab: { id: 3 } as never,
});
const sisiao = () => ({
  id: id(),
  url: 'https://sisiao.dihal.gouv.fr/menages/1',
  tab: { id: 4 } as never,
});

beforeEach(() => fakeBrowser.reset());

describe('sender contexts', () => {
  it('tells the extension pages and the two content scripts apart', () => {
    expect(senderContext(page())).toBe('page');
    expect(senderContext(kb())).toBe('kb');
    expect(senderContext(sisiao())).toBe('sisiao');
    expect(senderContext({ ...sisiao(), id: 'another-extension' })).toBeNull();
    expect(senderContext({ id: id(), url: 'https://sisiao.dihal.gouv.fr/' })).toBeNull();
  });

  it('routes each message only from the contexts it names', () => {
    const allowed = (type: string, sender: ReturnType<typeof page>) =>
      routeFor({ type }, sender) !== undefined;
    expect(allowed('getAttachments', kb())).toBe(true);
    expect(allowed('getAttachments', sisiao())).toBe(false);
    expect(allowed('latestDraft', sisiao())).toBe(false);
    expect(allowed('contextChanged', sisiao())).toBe(true);
    expect(allowed('contextChanged', kb())).toBe(false);
    expect(allowed('refreshKb', kb())).toBe(false);
    expect(allowed('refreshKb', page())).toBe(true);
    expect(allowed('getTargetTab', sisiao())).toBe(false);
    expect(allowed('nomenclatureObserved', sisiao())).toBe(false);
    expect(allowed('unknown', page())).toBe(false);
  });
});
