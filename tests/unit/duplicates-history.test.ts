import { describe, expect, it } from 'vitest';
import { exportHistory, parseHistoryFile } from '../../utils/core/duplicates/exchange';
import { fingerprint } from '../../utils/core/duplicates/fingerprint';
import { mergeHistory, purgeOlderThan } from '../../utils/core/duplicates/merge-history';
import { recordsFromMesTickets } from '../../utils/core/duplicates/mes-tickets-row';
import {
  EscalationRecordSchema,
  parseEscalation,
  type EscalationInput,
} from '../../utils/core/duplicates/record';
import { say } from '../../utils/i18n';

const NOW = new Date('2025-10-15T10:00:00.000Z');
const ago = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();
const entry = (o: Partial<EscalationInput>) =>
  parseEscalation({
    subject: 'Annulation',
    description: 'annuler la demande',
    createdAt: ago(5),
    demandeId: 'D1',
    ...o,
  });

describe('escalation record', () => {
  it('accepts the evaluation format and fills defaults', () => {
    const r = EscalationRecordSchema.parse({
      demandeId: 104522,
      subject: ' Objet ',
      description: 'a\n\n  b',
      createdAt: '2025-10-01',
      note: 'ignored',
    });
    expect(r).toMatchObject({
      demandeId: '104522',
      subject: 'Objet',
      description: 'a b',
      status: 'open',
      source: 'form',
      createdAt: '2025-10-01T00:00:00.000Z',
    });
    expect('note' in r).toBe(false);
  });
  it('treats blank IDs as unknown and rejects bad dates', () => {
    expect(
      EscalationRecordSchema.parse({ menageId: '  ', subject: '', createdAt: ago(1) }).menageId,
    ).toBeUndefined();
    expect(EscalationRecordSchema.safeParse({ subject: '', createdAt: 'hier' }).success).toBe(
      false,
    );
  });
});

describe('fingerprint', () => {
  it('is stable across status, ticket number and formatting, and changes with the content', () => {
    const a = entry({});
    expect(
      fingerprint(
        entry({ status: 'resolved', ticketNumber: '9', description: 'Annuler  la DEMANDE' }),
      ),
    ).toBe(fingerprint(a));
    expect(fingerprint(entry({ demandeId: 'D2' }))).not.toBe(fingerprint(a));
  });
});

describe('mergeHistory', () => {
  it('merges by ticket number and keeps every field known on either side', () => {
    const local = [entry({ ticketNumber: '48231', sousMotif: 'Annulation des demandes' })];
    const imported = recordsFromMesTickets([
      {
        ticketNumber: '48231',
        subject: 'Annulation',
        status: 'resolved',
        date: ago(5).slice(0, 10),
        url: '/support/kb-tickets/48231',
      },
    ]);
    const merged = mergeHistory(local, imported);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({
      demandeId: 'D1',
      sousMotif: 'Annulation des demandes',
      status: 'resolved',
      ticketUrl: '/support/kb-tickets/48231',
      createdAt: local[0]?.createdAt,
    });
  });
  it('lets the live « Mes tickets » status win, even back to open', () => {
    const local = [entry({ ticketNumber: '1', status: 'resolved' })];
    const imported = recordsFromMesTickets([
      { ticketNumber: '1', subject: 'x', status: 'open', date: ago(5), url: '/t/1' },
    ]);
    expect(mergeHistory(local, imported)[0]?.status).toBe('open');
  });
  it('merges by fingerprint when the ticket number is missing on one side', () => {
    const merged = mergeHistory(
      [entry({})],
      [entry({ ticketNumber: '77', source: 'import', userEmail: 'collegue@siao.fr' })],
    );
    expect(merged).toEqual([
      expect.objectContaining({ ticketNumber: '77', userEmail: 'collegue@siao.fr' }),
    ]);
  });
  it('never drops an entry and never duplicates one, whatever the order', () => {
    const a = entry({ ticketNumber: '1' });
    const b = entry({ ticketNumber: '2', demandeId: 'D2' });
    const c = entry({ demandeId: 'D3' });
    const once = mergeHistory([a, b], [b, c, c]);
    expect(once.map((e) => e.demandeId)).toEqual(['D1', 'D2', 'D3']);
    expect(mergeHistory(once, once)).toEqual(once);
    expect(mergeHistory([c], [a, b])).toHaveLength(3);
  });
  it('keeps two escalations with the same fingerprint but different ticket numbers apart', () => {
    expect(
      mergeHistory([entry({ ticketNumber: '1' })], [entry({ ticketNumber: '2' })]),
    ).toHaveLength(2);
  });
  it('keeps the longer description', () => {
    const merged = mergeHistory(
      [entry({ ticketNumber: '1', description: 'court' })],
      [entry({ ticketNumber: '1', description: 'une description bien plus longue' })],
    );
    expect(merged[0]?.description).toBe('une description bien plus longue');
  });
});

describe('purgeOlderThan', () => {
  it('keeps 180 days by default and accepts another period', () => {
    const entries = [
      entry({ createdAt: ago(10) }),
      entry({ createdAt: ago(179) }),
      entry({ createdAt: ago(181) }),
    ];
    expect(purgeOlderThan(entries, NOW)).toHaveLength(2);
    expect(purgeOlderThan(entries, NOW, 30)).toHaveLength(1);
    expect(purgeOlderThan(entries, NOW.toISOString(), 365)).toHaveLength(3);
  });
});

describe('team sharing file', () => {
  it('round-trips through JSON and marks entries as imported', () => {
    const file = exportHistory(
      [entry({ ticketNumber: '1', source: 'form' })],
      NOW,
      'referent@siao.fr',
    );
    const back = parseHistoryFile(JSON.stringify(file));
    expect(back).toMatchObject({
      ok: true,
      exportedBy: 'referent@siao.fr',
      entries: [{ ticketNumber: '1', source: 'import' }],
    });
  });
  it('explains in French what is wrong with a bad file', () => {
    const why = (text: string) => {
      const r = parseHistoryFile(text);
      return r.ok ? null : say(r.error);
    };
    expect(why('{')).toMatch(/JSON/);
    expect(why('[]')).toMatch(/export d'historique/);
    const newer = { ...exportHistory([], NOW), version: 2 };
    expect(why(JSON.stringify(newer))).toMatch(/plus récente/);
    const broken = { ...exportHistory([], NOW), entries: [{ subject: 'x', createdAt: 'jamais' }] };
    expect(why(JSON.stringify(broken))).toMatch(/^Le fichier est endommagé \(entries\.0\./);
  });
});
