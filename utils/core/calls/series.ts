import { daysFrom } from './calendar';
import { formatShortDay, formatWeek } from './format';
import type { Bar } from './describe';
import type { CallIndicators } from './indicators';
import type { DayRange } from './period';

/** Calls are shown per day up to this many days, per ISO week beyond (bars stay readable). */
export const MAX_DAILY_BARS = 31;

/** Whether calls over time are counted per day or per ISO week. */
export type Granularity = 'day' | 'week';

/** Per day for a month or less, per week beyond. */
export function granularityFor(range: DayRange): Granularity {
  return daysFrom(range.firstDay, range.lastDay).length <= MAX_DAILY_BARS ? 'day' : 'week';
}

/** The calls-over-time bars, labelled in French, shared by the chart and the table. */
export function callBars(ind: CallIndicators, granularity: Granularity): Bar[] {
  return granularity === 'day'
    ? ind.perDay.map((d) => ({ label: formatShortDay(d.day), value: d.count }))
    : ind.perWeek.map((w) => ({ label: formatWeek(w.monday), value: w.count }));
}
