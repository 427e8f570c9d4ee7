import { describe, expect, it } from 'vitest';
import { searchSession } from '../../utils/core/search/search-session';
import {
  EMPTY_UNANSWERED,
  MAX_TEXT,
  MAX_UNANSWERED,
  byFrequency,
  purgeUnanswered,
  recordUnanswered,
  unansweredText,
  type Unanswered,
} from '../../utils/core/search/unanswered';

const DAY = 86_400_000;
const NOW = Date.UTC(2025, 9, 1);

describe('unanswered searches', () => {
  it('keeps the problem, redacted like the history', () => {
    const text = unansweredText(
      "Bonjour l'équipe, M. DUPONT Jean né le 12/03/1980 (jean.dupont@mail.fr, 06 12 34 56 78) " +
        "ne peut plus se connecter. Merci d'avance, Julie",
    );
    expect(text).not.toMatch(/DUPONT|Jean|1980|jean\.dupont|06 12|Julie|Bonjour|Merci/);
    expect(text).toMatch(/ne peut plus se connecter/);
    expect(unansweredText('x'.repeat(1000)).length).toBeLessThanOrEqual(MAX_TEXT);
  });

  it('counts the same search together and lists the most frequent first', () => {
    let u: Unanswered = EMPTY_UNANSWERED;
    u = recordUnanswered(u, 'page blanche', NOW);
    u = recordUnanswered(u, 'bandeau orange demande', NOW + 1);
    u = recordUnanswered(u, 'Page blanche', NOW + 2);
    expect(byFrequency(u).map((e) => [e.text, e.count])).toEqual([
      ['Page blanche', 2],
      ['bandeau orange demande', 1],
    ]);
    // Nothing meaningful to keep.
    expect(recordUnanswered(u, 'le la', NOW)).toBe(u);
  });

  it('is bounded, the least recent going first', () => {
    let u: Unanswered = EMPTY_UNANSWERED;
    for (let i = 0; i < MAX_UNANSWERED + 20; i++)
      u = recordUnanswered(u, `motif${i} zone`, NOW + i);
    expect(u.entries).toHaveLength(MAX_UNANSWERED);
    expect(u.entries.some((e) => e.text === 'motif0 zone')).toBe(false);
  });

  it('is purged with the history’s retention', () => {
    let u: Unanswered = EMPTY_UNANSWERED;
    u = recordUnanswered(u, 'vieille recherche oubliée', NOW - 200 * DAY);
    u = recordUnanswered(u, 'recherche récente', NOW - DAY);
    expect(purgeUnanswered(u, 180, NOW).entries.map((e) => e.text)).toEqual(['recherche récente']);
  });
});

describe('search session', () => {
  function setup() {
    const log: string[] = [];
    const timers: (() => void)[] = [];
    const s = searchSession(
      {
        unanswered: (q) => log.push(`sans réponse: ${q}`),
        answered: (q, slug) => log.push(`réponse: ${q} → ${slug}`),
        takeBack: (q) => log.push(`repris: ${q}`),
      },
      1000,
      { set: (run) => timers.push(run), clear: () => undefined },
    );
    return { s, log, settle: () => timers.at(-1)?.() };
  }

  it('a typed search that gives way to another without an open is unanswered', () => {
    const { s, log } = setup();
    for (const q of ['pag', 'page bl', 'page blanche']) s.shown(q, ['a'], true);
    s.shown('bandeau orange', ['b'], true);
    expect(log).toEqual(['sans réponse: page blanche']);
  });

  it('an opened suggestion answers it; opening after it settled takes the count back', () => {
    const { s, log, settle } = setup();
    s.shown('page blanche', ['a'], true);
    s.picked('page blanche', { slug: 'a' });
    s.end();
    s.shown('bandeau orange', ['b'], true);
    settle();
    s.picked('bandeau orange', { slug: 'b' });
    expect(log).toEqual([
      'réponse: page blanche → a',
      'sans réponse: bandeau orange',
      'réponse: bandeau orange → b',
      'repris: bandeau orange',
    ]);
  });

  it('a draft’s text teaches when opened but is never listed as unanswered', () => {
    const { s, log } = setup();
    s.shown('la demande reste grisée', ['a'], false);
    s.end();
    expect(log).toEqual([]);
  });
});
