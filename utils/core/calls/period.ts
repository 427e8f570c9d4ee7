import { addDays, dayKeyOf, startOfDay, type DayKey } from './calendar';

/** A half-open interval of instants [from, to), in epoch milliseconds. */
export interface Period {
  from: number;
  to: number;
}

/** A period as the referent chooses it: whole days, both included, read in a time zone. */
export interface DayRange {
  firstDay: DayKey;
  lastDay: DayKey;
}

/** The instants of a day range in `timeZone`: from the first day's midnight to after the last. */
export function periodOfDays(range: DayRange, timeZone: string): Period {
  return {
    from: startOfDay(range.firstDay, timeZone),
    to: startOfDay(addDays(range.lastDay, 1), timeZone),
  };
}

/** The day range a period covers in `timeZone` (its last instant gives the last day). */
export function daysOfPeriod(period: Period, timeZone: string): DayRange | null {
  if (!(period.to > period.from)) return null;
  return { firstDay: dayKeyOf(period.from, timeZone), lastDay: dayKeyOf(period.to - 1, timeZone) };
}

/** True when `ms` is in [from, to). */
export function inPeriod(ms: number, period: Period): boolean {
  return ms >= period.from && ms < period.to;
}

/** The usual periods offered as buttons. */
export type PeriodPreset =
  'last-7-days' | 'last-30-days' | 'this-month' | 'last-month' | 'this-year';

/** How each preset reads in the period picker. */
export const PERIOD_PRESET_LABELS: Record<PeriodPreset, string> = {
  'last-7-days': '7 derniers jours',
  'last-30-days': '30 derniers jours',
  'this-month': 'Ce mois-ci',
  'last-month': 'Le mois dernier',
  'this-year': 'Cette année',
};

/** The day range of a preset, seen from `today`. */
export function presetRange(preset: PeriodPreset, today: DayKey): DayRange {
  const monthStart = `${today.slice(0, 7)}-01`;
  switch (preset) {
    case 'last-7-days':
      return { firstDay: addDays(today, -6), lastDay: today };
    case 'last-30-days':
      return { firstDay: addDays(today, -29), lastDay: today };
    case 'this-month':
      return { firstDay: monthStart, lastDay: today };
    case 'last-month': {
      const lastDay = addDays(monthStart, -1);
      return { firstDay: `${lastDay.slice(0, 7)}-01`, lastDay };
    }
    case 'this-year':
      return { firstDay: `${today.slice(0, 4)}-01-01`, lastDay: today };
  }
}
