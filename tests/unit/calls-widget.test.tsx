import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  formatDuration,
  formatElapsed,
  personalDataWarning,
  proposalChoices,
} from '../../components/calls/call-choices';
import { outcomeOf } from '../../components/calls/CallOutcomeFields';
import { CallWidget, type CallWidgetProps } from '../../components/calls/CallWidget';
import {
  adoptsContext,
  finishCall,
  newCall,
  runningCall,
} from '../../entrypoints/sidepanel/call-session';
import { CALL_DURATION_MAX_SEC, CallEntrySchema } from '../../utils/core/calls/entry';
import { DEFAULT_NOMENCLATURE } from '../../utils/core/nomenclature/default';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const N = DEFAULT_NOMENCLATURE;
const firstMotif = N.thematiques.flatMap((t) => t.motifs).find((m) => m.sousMotifs.length > 0)!;
const firstSous = firstMotif.sousMotifs[0]!;
const T0 = Date.parse('2025-09-11T08:00:00Z');

describe('call helpers', () => {
  it('turns a proposal into choices, dropping unknown codes', () => {
    expect(proposalChoices(N, { motif: firstMotif.code, sousMotif: firstSous.code })).toEqual({
      motif: { code: firstMotif.code, libelle: firstMotif.libelle },
      sousMotif: { code: firstSous.code, libelle: firstSous.libelle },
    });
    expect(
      proposalChoices(N, { motif: firstMotif.code, sousMotif: 'inconnu' }).sousMotif,
    ).toBeNull();
    expect(proposalChoices(N, { motif: 'inconnu', sousMotif: null })).toEqual({
      motif: null,
      sousMotif: null,
    });
    expect(proposalChoices(N, null)).toEqual({ motif: null, sousMotif: null });
  });

  it('formats the timer and durations', () => {
    expect(formatElapsed(0)).toBe('00:00');
    expect(formatElapsed(192_400)).toBe('03:12');
    expect(formatElapsed(75 * 60_000)).toBe('75:00');
    expect(formatDuration(372)).toBe('6 min 12 s');
    expect(formatDuration(45)).toBe('45 s');
  });

  it('flags personal data in the note', () => {
    expect(personalDataWarning('Demande 4521 bloquée, rappeler le prescripteur')).toBeNull();
    expect(personalDataWarning('rappeler au 06 12 34 56 78')).toMatch(/numéro de téléphone/);
    expect(personalDataWarning('pour Mme Martin')).toMatch(/nom de personne/);
  });

  it('starts a call in progress, valid for the store', () => {
    const c = newCall('a', T0, proposalChoices(N, null));
    expect(c).toMatchObject({ endedAt: null, outcome: null, contextKey: 'sans-contexte' });
    expect(CallEntrySchema.safeParse(c).success).toBe(true);
  });

  it('ends a call with its duration, capped, keeping a linked ticket', () => {
    const c = { ...newCall('a', T0, proposalChoices(N, null), 'demande:1') };
    expect(finishCall(c, { kind: 'resolu' }, T0 + 372_400)).toMatchObject({
      endedAt: T0 + 372_400,
      durationSec: 372,
      outcome: { kind: 'resolu' },
    });
    expect(finishCall(c, { kind: 'resolu' }, T0 + 2 * 86_400_000).durationSec).toBe(
      CALL_DURATION_MAX_SEC,
    );
    const linked = { ...c, outcome: { kind: 'escalade' as const, ticket: '4242' } };
    expect(finishCall(linked, { kind: 'escalade', ticket: null }, T0 + 1000).outcome).toEqual({
      kind: 'escalade',
      ticket: '4242',
    });
    expect(finishCall(linked, { kind: 'resolu' }, T0 + 1000).outcome).toEqual({ kind: 'resolu' });
  });

  it('finds the running call and adopts a context only when it has none', () => {
    const a = newCall('a', T0, proposalChoices(N, null));
    const b = newCall('b', T0 + 10, proposalChoices(N, null));
    expect(runningCall([a, b, { ...a, id: 'c', endedAt: T0 + 5 }])?.id).toBe('b');
    expect(runningCall([])).toBeNull();
    expect(adoptsContext('sans-contexte', 'demande:1')).toBe(true);
    expect(adoptsContext(undefined, 'demande:1')).toBe(true);
    expect(adoptsContext('menage:2', 'demande:1')).toBe(false);
    expect(adoptsContext('sans-contexte', 'sans-contexte')).toBe(false);
    expect(adoptsContext('sans-contexte', undefined)).toBe(false);
  });

  it('needs an article for « Orienté vers un article »', () => {
    expect(outcomeOf({ kind: null, article: null }, null)).toBeNull();
    expect(outcomeOf({ kind: 'oriente-article', article: null }, null)).toBeNull();
    expect(outcomeOf({ kind: 'escalade', article: null }, '7')).toEqual({
      kind: 'escalade',
      ticket: '7',
    });
  });
});

let root: Root | null = null;

function mount(props: Partial<CallWidgetProps>): { host: HTMLElement; props: CallWidgetProps } {
  const full: CallWidgetProps = {
    nomenclature: N,
    articles: [{ slug: 'annuler', title: 'Annuler une demande' }],
    current: null,
    lastEnded: null,
    problem: null,
    onStart: vi.fn(),
    onChange: vi.fn(),
    onEnd: vi.fn(),
    onDiscard: vi.fn(),
    onOpenIndicators: vi.fn(),
    ...props,
  };
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root!.render(<CallWidget {...full} />));
  return { host, props: full };
}

const q = <T extends Element>(host: HTMLElement, sel: string) => host.querySelector<T>(sel)!;
const click = (el: Element) => act(() => (el as HTMLElement).click());

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
});

describe('CallWidget', () => {
  it('offers « Nouvel appel » and the indicators link when no call runs', () => {
    const { host, props } = mount({});
    click(q(host, '#ars-call-start'));
    click(q(host, '#ars-call-indicators'));
    expect(props.onStart).toHaveBeenCalled();
    expect(props.onOpenIndicators).toHaveBeenCalled();
    expect(host.querySelector('#ars-call-timer')).toBeNull();
  });

  it('shows the running call with a label on every control', () => {
    const current = newCall(
      'a',
      Date.now() - 65_000,
      proposalChoices(N, {
        motif: firstMotif.code,
        sousMotif: firstSous.code,
      }),
    );
    const { host } = mount({ current: { ...current, note: 'appeler M. Dupont' } });
    expect(q(host, '#ars-call-timer').textContent).toMatch(/01:0[5-6]/);
    expect(q<HTMLSelectElement>(host, '#ars-call-motif').value).toBe(firstMotif.code);
    expect(q<HTMLSelectElement>(host, '#ars-call-sous-motif').value).toBe(firstSous.code);
    for (const control of host.querySelectorAll('select, textarea, input')) {
      expect(host.querySelector(`label[for="${control.id}"]`), control.id).not.toBeNull();
      expect(control.id).toMatch(/^ars-call-/);
    }
    expect(q(host, '#ars-call-note-warning').textContent).toMatch(/nom de personne/);
  });

  it('ends the call only once an outcome (and its article) is chosen', () => {
    const { host, props } = mount({ current: newCall('a', Date.now(), proposalChoices(N, null)) });
    const end = q<HTMLButtonElement>(host, '#ars-call-end');
    expect(end.disabled).toBe(true);
    click(q(host, '#ars-call-outcome-oriente-article'));
    expect(end.disabled).toBe(true);
    const article = q<HTMLSelectElement>(host, '#ars-call-article');
    act(() => {
      article.value = 'annuler';
      article.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(end.disabled).toBe(false);
    click(end);
    expect(props.onEnd).toHaveBeenCalledWith({
      kind: 'oriente-article',
      article: { slug: 'annuler', title: 'Annuler une demande' },
    });
  });

  it('preselects « Escaladé » when the escalation was linked to the call', () => {
    const current = {
      ...newCall('a', Date.now(), proposalChoices(N, null)),
      outcome: { kind: 'escalade' as const, ticket: '4242' },
    };
    const { host, props } = mount({ current });
    expect(q<HTMLInputElement>(host, '#ars-call-outcome-escalade').checked).toBe(true);
    expect(q(host, '#ars-call-linked').textContent).toMatch(/4242/);
    click(q(host, '#ars-call-end'));
    expect(props.onEnd).toHaveBeenCalledWith({ kind: 'escalade', ticket: '4242' });
  });

  it('sends the motif change with the sous-motif cleared', () => {
    const { host, props } = mount({ current: newCall('a', Date.now(), proposalChoices(N, null)) });
    const motif = q<HTMLSelectElement>(host, '#ars-call-motif');
    act(() => {
      motif.value = firstMotif.code;
      motif.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(props.onChange).toHaveBeenCalledWith({
      motif: { code: firstMotif.code, libelle: firstMotif.libelle },
      sousMotif: null,
    });
  });
});
