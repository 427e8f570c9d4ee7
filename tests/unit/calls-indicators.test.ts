import { describe, expect, it } from 'vitest';
import { dayKeyOf, isoWeekKey, startOfDay } from '../../utils/core/calls/calendar';
import { describeRanking, describeSeries } from '../../utils/core/calls/describe';
import { say } from '../../utils/i18n';
import { computeIndicators, callsInPeriod } from '../../utils/core/calls/indicators';
import { periodOfDays, presetRange } from '../../utils/core/calls/period';
import { median, mean } from '../../utils/core/calls/stats';
import {
  A_COMPLETER,
  ANNULATION,
  call,
  FORMATIONS,
  FUSION,
  GESTION_DEMANDE,
  GESTION_MENAGE,
  TZ,
} from './calls-fixtures';

const SEPT = periodOfDays({ firstDay: '2025-09-01', lastDay: '2025-09-30' }, TZ);

describe('median and mean', () => {
  it('takes the middle value of an odd count, unsorted input', () => {
    expect(median([9, 2, 5])).toBe(5);
  });
  it('averages the two middle values of an even count', () => {
    expect(median([8, 2, 4, 10])).toBe(6);
  });
  it('gives null, not NaN, for nothing', () => {
    expect(median([])).toBeNull();
    expect(mean([])).toBeNull();
  });
});

describe('computeIndicators', () => {
  it('gives zeros and nulls for an empty period, with every day listed at 0', () => {
    const ind = computeIndicators([], SEPT, { timeZone: TZ });
    expect(ind.callCount).toBe(0);
    expect(ind.medianMinutes).toBeNull();
    expect(ind.meanMinutes).toBeNull();
    expect(ind.escalationRate).toBeNull();
    expect(ind.escalationCount).toBe(0);
    expect(ind.topMotifs).toEqual([]);
    expect(ind.perDay).toHaveLength(30);
    expect(ind.perDay.every((d) => d.count === 0)).toBe(true);
    expect(JSON.stringify(ind)).not.toContain('NaN');
  });

  it('computes median (odd and even counts) and mean in minutes', () => {
    const three = [
      call('2025-09-02T09:00', 4),
      call('2025-09-02T10:00', 8),
      call('2025-09-03T10:00', 15),
    ];
    let ind = computeIndicators(three, SEPT, { timeZone: TZ });
    expect(ind.medianMinutes).toBe(8);
    expect(ind.meanMinutes).toBe(9);
    const four = [...three, call('2025-09-04T10:00', 10)];
    ind = computeIndicators(four, SEPT, { timeZone: TZ });
    expect(ind.medianMinutes).toBe(9);
    expect(ind.meanMinutes).toBeCloseTo(37 / 4);
  });

  it('uses the edited duration, not the timestamps', () => {
    const c = { ...call('2025-09-02T09:00', 30), durationSec: 6 * 60 };
    expect(computeIndicators([c], SEPT, { timeZone: TZ }).medianMinutes).toBe(6);
  });

  it('counts the escalation rate over ended calls of the period only', () => {
    const entries = [
      call('2025-09-02T09:00', 5, { outcome: { kind: 'escalade', ticket: '1234' } }),
      call('2025-09-02T10:00', 5),
      call('2025-09-03T10:00', 5, { outcome: { kind: 'escalade', ticket: null } }),
      call('2025-09-04T10:00', 5, { outcome: null }),
      // Outside the period, and in progress: not counted.
      call('2025-08-31T23:59', 5, { outcome: { kind: 'escalade', ticket: '1' } }),
      { ...call('2025-09-05T10:00', 5), endedAt: null, outcome: null },
    ];
    const ind = computeIndicators(entries, SEPT, { timeZone: TZ });
    expect(ind.callCount).toBe(4);
    expect(ind.escalationCount).toBe(2);
    expect(ind.escalationRate).toBe(0.5);
  });

  it('keeps [from, to): midnight of the day after the last is out, the first midnight is in', () => {
    const entries = [call('2025-09-01T00:00', 1), call('2025-10-01T00:00', 1)];
    expect(callsInPeriod(entries, SEPT).map((c) => c.startedAt)).toEqual([entries[0]!.startedAt]);
  });

  it('ranks motifs and sous-motifs by count, ties by libellé, with the survey’s limits', () => {
    const entries = [
      ...Array.from({ length: 3 }, (_, i) =>
        call(`2025-09-0${i + 1}T09:00`, 5, { motif: GESTION_DEMANDE, sousMotif: ANNULATION }),
      ),
      call('2025-09-04T09:00', 5, { motif: GESTION_DEMANDE, sousMotif: A_COMPLETER }),
      call('2025-09-04T10:00', 5, { motif: GESTION_MENAGE, sousMotif: FUSION }),
      call('2025-09-04T11:00', 5, { motif: FORMATIONS }),
      call('2025-09-05T11:00', 5, { motif: { code: 'autre', libelle: 'Autre' } }),
      call('2025-09-05T12:00', 5),
    ];
    const ind = computeIndicators(entries, SEPT, { timeZone: TZ });
    expect(ind.topMotifs).toEqual([
      { ...GESTION_DEMANDE, count: 4 },
      // Three motifs tie at 1: alphabetical order keeps the export stable from one run to the next.
      { code: 'autre', libelle: 'Autre', count: 1 },
      { ...FORMATIONS, count: 1 },
    ]);
    expect(ind.topSousMotifs.map((s) => [s.libelle, s.motifLibelle, s.count])).toEqual([
      ['Annulation des demandes', 'Gestion de la demande', 3],
      ['Demandes « à compléter »', 'Gestion de la demande', 1],
      ['Fusion des personnes', 'Gestion du ménage', 1],
    ]);
    expect(ind.withoutMotif).toBe(1);
  });

  it('shows the latest libellé of a code (the nomenclature may have been renamed)', () => {
    const entries = [
      call('2025-09-01T09:00', 5, { motif: { code: 'gestion-demande', libelle: 'Ancien nom' } }),
      call('2025-09-02T09:00', 5, { motif: GESTION_DEMANDE }),
    ];
    expect(computeIndicators(entries, SEPT, { timeZone: TZ }).topMotifs).toEqual([
      { ...GESTION_DEMANDE, count: 2 },
    ]);
  });

  it('lists the articles most used to answer', () => {
    const a = { slug: 'annuler-une-demande', title: 'Annuler une demande' };
    const b = { slug: 'fusionner', title: 'Fusionner deux personnes' };
    const entries = [
      call('2025-09-01T09:00', 5, { outcome: { kind: 'oriente-article', article: a } }),
      call('2025-09-02T09:00', 5, { outcome: { kind: 'oriente-article', article: b } }),
      call('2025-09-03T09:00', 5, { outcome: { kind: 'oriente-article', article: a } }),
    ];
    expect(computeIndicators(entries, SEPT, { timeZone: TZ }).topArticles).toEqual([
      { ...a, count: 2 },
      { ...b, count: 1 },
    ]);
  });

  it('counts per day on the referent’s wall clock and per ISO week', () => {
    const entries = [
      call('2025-09-01T23:30', 5), // Monday, week 36
      call('2025-09-07T23:30', 5), // Sunday, week 36
      call('2025-09-08T00:30', 5), // Monday, week 37 (Sunday 22:30 in UTC)
    ];
    const ind = computeIndicators(entries, SEPT, { timeZone: TZ });
    expect(ind.perDay.find((d) => d.day === '2025-09-07')?.count).toBe(1);
    expect(ind.perDay.find((d) => d.day === '2025-09-08')?.count).toBe(1);
    expect(ind.perWeek.slice(0, 2)).toEqual([
      { week: '2025-W36', monday: '2025-09-01', count: 2 },
      { week: '2025-W37', monday: '2025-09-08', count: 1 },
    ]);
    expect(ind.perWeek.at(-1)).toEqual({ week: '2025-W40', monday: '2025-09-29', count: 0 });
  });
});

describe('calendar', () => {
  it('finds midnight across a DST change and in an overseas zone', () => {
    expect(new Date(startOfDay('2025-03-30', TZ)).toISOString()).toBe('2025-03-29T23:00:00.000Z');
    expect(new Date(startOfDay('2025-03-31', TZ)).toISOString()).toBe('2025-03-30T22:00:00.000Z');
    expect(new Date(startOfDay('2025-09-11', 'Indian/Reunion')).toISOString()).toBe(
      '2025-09-10T20:00:00.000Z',
    );
    expect(dayKeyOf(Date.parse('2025-09-10T20:30:00Z'), 'Indian/Reunion')).toBe('2025-09-11');
  });

  it('labels ISO weeks at year boundaries', () => {
    expect(isoWeekKey('2024-12-30')).toBe('2025-W01');
    expect(isoWeekKey('2021-01-03')).toBe('2020-W53');
    expect(isoWeekKey('2025-09-11')).toBe('2025-W37');
  });

  it('turns presets into day ranges', () => {
    expect(presetRange('last-month', '2025-03-15')).toEqual({
      firstDay: '2025-02-01',
      lastDay: '2025-02-28',
    });
    expect(presetRange('last-7-days', '2025-03-02')).toEqual({
      firstDay: '2025-02-24',
      lastDay: '2025-03-02',
    });
  });
});

describe('chart text alternatives', () => {
  it('sums a series and names its highest bar', () => {
    const bars = [
      { label: '01/09', value: 1 },
      { label: '02/09', value: 3 },
      { label: '03/09', value: 0 },
    ];
    expect(say(describeSeries('Appels par jour', bars, 'day'))).toBe(
      'Appels par jour : 4 appels sur 3 jours ; le plus : 3 appels (02/09).',
    );
    expect(say(describeSeries('Appels par jour', [{ label: '01/09', value: 0 }], 'day'))).toBe(
      'Appels par jour : aucun appel sur 1 jour.',
    );
  });

  it('reads a ranking in order', () => {
    expect(
      say(
        describeRanking('Motifs', [
          { label: 'Gestion de la demande', value: 4 },
          { label: 'Gestion du ménage', value: 1 },
        ]),
      ),
    ).toBe('Motifs : Gestion de la demande, 4 appels ; Gestion du ménage, 1 appel.');
    expect(say(describeRanking('Motifs', []))).toBe('Motifs : aucun appel renseigné.');
  });
});
