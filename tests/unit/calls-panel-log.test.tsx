import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { linkSubmittedEscalation } from '../../entrypoints/background/handlers/call-link';
import { CallLog } from '../../entrypoints/sidepanel/CallLog';
import { DEFAULT_NOMENCLATURE } from '../../utils/core/nomenclature/default';
import { addCall, loadCallLog } from '../../utils/ext/storage/call-log';
import { call } from './calls-fixtures';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const N = DEFAULT_NOMENCLATURE;
const motif = N.thematiques.flatMap((t) => t.motifs).find((m) => m.sousMotifs.length > 0)!;
let root: Root | null = null;
let host: HTMLElement;

async function render(props: Partial<Parameters<typeof CallLog>[0]> = {}) {
  await act(async () =>
    root!.render(
      <CallLog
        nomenclature={N}
        proposal={null}
        contextKey="demande:4521"
        articles={[{ slug: 'annuler', title: 'Annuler une demande' }]}
        {...props}
      />,
    ),
  );
}
const $ = <T extends Element>(sel: string) => host.querySelector<T>(sel);
const settle = () => act(() => new Promise((r) => setTimeout(r, 20)));
const stored = async () => (await loadCallLog()).entries;

beforeEach(() => {
  fakeBrowser.reset();
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
});

describe('side panel call log', () => {
  it('stores a call in progress, links the escalation sent meanwhile, and ends it', async () => {
    await render({ proposal: { motif: motif.code, sousMotif: null } });
    await settle();
    await act(async () => $<HTMLButtonElement>('#ars-call-start')!.click());
    await settle();
    const [running] = await stored();
    expect(running).toMatchObject({
      endedAt: null,
      contextKey: 'demande:4521',
      motif: { code: motif.code },
    });

    // The background records the escalation submitted during the call.
    await act(async () => {
      expect(await linkSubmittedEscalation('demande:4521', '9001', Date.now())).toBe(running!.id);
    });
    await settle();
    expect($<HTMLInputElement>('#ars-call-outcome-escalade')!.checked).toBe(true);

    await act(async () => $<HTMLButtonElement>('#ars-call-end')!.click());
    await settle();
    const [ended] = await stored();
    expect(ended!.endedAt).not.toBeNull();
    expect(ended!.outcome).toEqual({ kind: 'escalade', ticket: '9001' });
    expect($('#ars-call-saved')!.textContent).toMatch(/Appel enregistré/);
  });

  it('picks up the call left running when the panel was closed, and saves the note', async () => {
    const left = { ...call('2025-09-11T10:00', 5), endedAt: null, outcome: null };
    await addCall(left);
    await render();
    await settle();
    expect($('#ars-call-timer')).not.toBeNull();
    const note = $<HTMLTextAreaElement>('#ars-call-note')!;
    await act(async () => {
      const set = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
      set.call(note, 'rappeler demain');
      note.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => new Promise((r) => setTimeout(r, 500)));
    expect((await stored())[0]).toMatchObject({ id: left.id, note: 'rappeler demain' });
    // Started before the fiche was known: the call takes the panel's context.
    expect((await stored())[0]!.contextKey).toBe('demande:4521');
  });

  it('opens the indicators page in a tab', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await render();
    await act(async () => $<HTMLButtonElement>('#ars-call-indicators')!.click());
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/indicators\.html$/) });
  });
});

describe('linkSubmittedEscalation', () => {
  beforeEach(() => fakeBrowser.reset());

  it('falls back to the only call in progress when the context does not match', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const running = {
      ...call('2025-09-11T10:00', 5),
      endedAt: null,
      outcome: null,
      contextKey: 'menage:1',
    };
    await addCall(running);
    expect(await linkSubmittedEscalation(undefined, null, Date.now())).toBe(running.id);
    expect((await stored())[0]!.outcome).toEqual({ kind: 'escalade', ticket: null });
  });

  it('links nothing when no call fits, and never throws', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await addCall({ ...call('2025-09-11T10:00', 5), contextKey: 'menage:1' });
    expect(await linkSubmittedEscalation('demande:2', '1', Date.now())).toBeNull();
    expect(await linkSubmittedEscalation('demande:2', '1', -5)).toBeNull();
  });
});
