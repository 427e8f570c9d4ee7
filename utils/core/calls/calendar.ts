/**
 * Calendar days and ISO weeks in a given time zone, without a date library. Calls are counted on
 * the referent's wall clock: overseas SIAO (Réunion, Guyane, Antilles, Mayotte) are not in Paris
 * time, so the zone is a parameter rather than an assumption.
 */

/** 'YYYY-MM-DD' of a calendar day. */
export type DayKey = string;

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Wall-clock fields of an instant in a time zone. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall-clock reading of `ms` in `timeZone`. */
export function wallClock(ms: number, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(ms))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return {
    year: parts.year ?? 1970,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The calendar day of `ms` in `timeZone`. */
export function dayKeyOf(ms: number, timeZone: string): DayKey {
  const w = wallClock(ms, timeZone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

/** 'HH:MM' of `ms` in `timeZone`. */
export function timeOfDay(ms: number, timeZone: string): string {
  const w = wallClock(ms, timeZone);
  return `${pad(w.hour)}:${pad(w.minute)}`;
}

/** True for a well-formed, existing 'YYYY-MM-DD'. */
export function isDayKey(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

function dayKeyToUtc(day: DayKey): number {
  const [y, m, d] = day.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

function utcToDayKey(ms: number): DayKey {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The day `n` days after `day` (before when negative). */
export function addDays(day: DayKey, n: number): DayKey {
  return utcToDayKey(dayKeyToUtc(day) + n * DAY_MS);
}

/** Days from `first` to `last`, both included; empty when `last` is before `first`. */
export function daysFrom(first: DayKey, last: DayKey): DayKey[] {
  const out: DayKey[] = [];
  for (let t = dayKeyToUtc(first), end = dayKeyToUtc(last); t <= end; t += DAY_MS) {
    out.push(utcToDayKey(t));
  }
  return out;
}

/** The instant midnight of `day` begins in `timeZone` (DST-safe). */
export function startOfDay(day: DayKey, timeZone: string): number {
  const target = dayKeyToUtc(day);
  // Offset = wall clock read as UTC minus the instant; two passes settle DST changes.
  let guess = target;
  for (let i = 0; i < 2; i++) {
    const w = wallClock(guess, timeZone);
    const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
    guess = target - (asUtc - guess);
  }
  return guess;
}

/** Monday of the ISO week of `day`. */
export function isoWeekStart(day: DayKey): DayKey {
  const weekday = (new Date(dayKeyToUtc(day)).getUTCDay() + 6) % 7; // Monday = 0
  return addDays(day, -weekday);
}

/** ISO 8601 week label of `day`, e.g. '2025-W37' (the week's Thursday gives the year). */
export function isoWeekKey(day: DayKey): string {
  const thursday = addDays(isoWeekStart(day), 3);
  const year = Number(thursday.slice(0, 4));
  const firstThursday = addDays(isoWeekStart(`${pad(year, 4)}-01-04`), 3);
  const week = 1 + Math.round((dayKeyToUtc(thursday) - dayKeyToUtc(firstThursday)) / (7 * DAY_MS));
  return `${pad(year, 4)}-W${pad(week)}`;
}
