import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePortalDate, readMesTickets } from '../../utils/sites/kb/tickets-page';
import { loadSavedPage } from '../tools/saved-page';

const BASE = 'https://basedeconnaissances.example.test/support/kb-tickets';

/** A saved page, loaded at the address it was saved from. */
function load(name: string): Document {
  return loadSavedPage(readFileSync(resolve('tests/fixtures/kb', name), 'utf8'), BASE);
}

describe('« Mes tickets » reader', () => {
  it('reads the portal table by its column headers', () => {
    const rows = readMesTickets(load('mes-tickets.html'));
    expect(rows.map((r) => [r.ticketNumber, r.status, r.date.slice(0, 10)])).toEqual([
      ['48231', 'open', '2025-10-10'],
      ['48227', 'open', '2025-10-08'],
      ['48219', 'open', '2025-10-02'],
      ['48202', 'resolved', '2025-09-22'],
      ['48174', 'resolved', '2025-09-05'],
    ]);
    expect(rows[0]).toMatchObject({
      subject: "Impossible d'annuler la demande 104522 (bouton grisé)",
      url: 'https://basedeconnaissances.example.test/support/kb-tickets/48231',
    });
  });

  it('reads the card layout by its field labels', () => {
    const rows = readMesTickets(load('mes-tickets-cards.html'));
    expect(rows).toEqual([
      {
        ticketNumber: '51007',
        subject: 'Orientation impossible vers le CHRS : liste des places vide',
        status: 'open',
        date: '2025-10-14T09:12:00.000Z',
        url: 'https://basedeconnaissances.example.test/support/kb-tickets/51007',
      },
      {
        ticketNumber: '50988',
        subject: 'La demande reste au statut « à compléter »',
        status: 'open',
        date: '2025-10-03T00:00:00.000Z',
        url: 'https://basedeconnaissances.example.test/support/kb-tickets/50988',
      },
      {
        ticketNumber: '50412',
        subject: 'Pièce justificative refusée au téléversement',
        status: 'resolved',
        date: '2025-08-28T00:00:00.000Z',
        url: 'https://basedeconnaissances.example.test/support/kb-tickets/50412',
      },
    ]);
  });

  it('still reads a table whose columns are reordered and renamed, without classes', () => {
    const doc = new DOMParser().parseFromString(
      `<table><tr><th>Date</th><th>État</th><th>Sujet</th><th>Ticket</th></tr>
       <tr><td>1/9/25</td><td>Clos</td><td>Export vide</td><td><a href="/support/kb-tickets/4711">4711</a></td></tr></table>`,
      'text/html',
    );
    expect(readMesTickets(doc, BASE)).toEqual([
      {
        ticketNumber: '4711',
        subject: 'Export vide',
        status: 'resolved',
        date: '2025-09-01T00:00:00.000Z',
        url: 'https://basedeconnaissances.example.test/support/kb-tickets/4711',
      },
    ]);
  });

  it('returns nothing on a page without tickets, and skips undated rows', () => {
    const doc = new DOMParser().parseFromString(
      `<table><thead><tr><th>N°</th><th>Objet</th><th>Statut</th><th>Date de création</th></tr></thead>
       <tbody><tr><td colspan="4">Aucun ticket.</td></tr>
       <tr><td><a href="/support/kb-tickets/9">9</a></td><td>x</td><td>Ouvert</td><td>—</td></tr></tbody></table>`,
      'text/html',
    );
    expect(readMesTickets(doc, BASE)).toEqual([]);
  });

  it('parses the date formats the portal shows', () => {
    expect(parsePortalDate('10/10/2025')).toBe('2025-10-10T00:00:00.000Z');
    expect(parsePortalDate('1er sept. 2025')).toBe('2025-09-01T00:00:00.000Z');
    expect(parsePortalDate('14 oct. 2025 à 09h12')).toBe('2025-10-14T09:12:00.000Z');
    expect(parsePortalDate('hier')).toBeNull();
  });
});
