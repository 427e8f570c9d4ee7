import { describe, expect, it } from 'vitest';
import type { CallEntry } from '../../utils/core/calls/entry';
import { LINK_GRACE_MS, linkEscalationToCall } from '../../utils/core/calls/link-escalation';
import { purgeCalls } from '../../utils/core/calls/purge';
import { call } from './calls-fixtures';

const MIN = 60_000;
const DAY = 86_400_000;

function inProgress(start: string, contextKey: string): CallEntry {
  return { ...call(start, 0, { contextKey }), endedAt: null, outcome: null };
}

describe('linkEscalationToCall', () => {
  it('marks the call in progress on the same context as escalated, with its ticket', () => {
    const running = inProgress('2025-09-11T14:00', 'demande:4521');
    const other = inProgress('2025-09-11T14:01', 'menage:77');
    const { entries, linkedId } = linkEscalationToCall([running, other], {
      contextKey: 'demande:4521',
      submittedAt: running.startedAt + 6 * MIN,
      ticket: '98765',
    });
    expect(linkedId).toBe(running.id);
    expect(entries[0]?.outcome).toEqual({ kind: 'escalade', ticket: '98765' });
    expect(entries[1]).toBe(other);
    expect(running.outcome).toBeNull(); // the input is not modified
  });

  it('links nothing on another context, before the call or after the grace period', () => {
    const ended = call('2025-09-11T14:00', 10, { contextKey: 'demande:4521' });
    const at = (ms: number, contextKey = 'demande:4521') =>
      linkEscalationToCall([ended], { contextKey, submittedAt: ms, ticket: null }).linkedId;
    expect(at(ended.startedAt + 5 * MIN, 'demande:1')).toBeNull();
    expect(at(ended.startedAt - 1)).toBeNull();
    expect(at(ended.endedAt! + LINK_GRACE_MS + 1)).toBeNull();
    expect(at(ended.endedAt! + LINK_GRACE_MS)).toBe(ended.id);
  });

  it('never links a call logged without context', () => {
    const running = { ...inProgress('2025-09-11T14:00', 'x'), contextKey: undefined };
    const r = linkEscalationToCall([running], {
      contextKey: 'sans-contexte',
      submittedAt: running.startedAt + MIN,
      ticket: null,
    });
    expect(r.linkedId).toBeNull();
  });

  it('prefers the call in progress over a just-ended one on the same context', () => {
    const ended = call('2025-09-11T14:00', 3, { contextKey: 'menage:7' });
    const running = inProgress('2025-09-11T14:04', 'menage:7');
    const r = linkEscalationToCall([ended, running], {
      contextKey: 'menage:7',
      submittedAt: running.startedAt + MIN,
      ticket: '1',
    });
    expect(r.linkedId).toBe(running.id);
  });

  it('keeps an existing ticket number and fills a missing one', () => {
    const withTicket = call('2025-09-11T14:00', 10, {
      contextKey: 'menage:7',
      outcome: { kind: 'escalade', ticket: '111' },
    });
    const esc = { contextKey: 'menage:7', submittedAt: withTicket.startedAt + MIN, ticket: '222' };
    expect(linkEscalationToCall([withTicket], esc).entries[0]?.outcome).toEqual({
      kind: 'escalade',
      ticket: '111',
    });
    const noTicket = { ...withTicket, outcome: { kind: 'escalade' as const, ticket: null } };
    expect(linkEscalationToCall([noTicket], esc).entries[0]?.outcome).toEqual({
      kind: 'escalade',
      ticket: '222',
    });
  });
});

describe('purgeCalls', () => {
  const now = Date.parse('2025-09-30T12:00:00Z');
  const old = { ...call('2025-06-01T10:00', 5), endedAt: now - 91 * DAY };
  const recent = { ...call('2025-09-01T10:00', 5), endedAt: now - 89 * DAY };
  const running = { ...call('2025-01-01T10:00', 0), endedAt: null, outcome: null };

  it('drops ended calls older than the retention, never the call in progress', () => {
    const r = purgeCalls([old, recent, running], 90, now);
    expect(r.kept).toEqual([recent, running]);
    expect(r.removed).toEqual([old]);
  });

  it('keeps everything without a retention setting', () => {
    expect(purgeCalls([old, recent], null, now).removed).toEqual([]);
  });

  it('with 0 days drops every ended call', () => {
    expect(purgeCalls([old, recent, running], 0, now).kept).toEqual([running]);
  });
});
