import type { DayKey } from './calendar';

/** How figures read in French in the page, the table and the chart descriptions. */

const EMPTY = '—';
const integer = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 });

/** « 1 234 ». */
export function formatCount(n: number): string {
  return integer.format(n);
}

/** « 8,5 min », or « — » when there is no figure. */
export function formatMinutes(minutes: number | null): string {
  return minutes === null ? EMPTY : `${oneDecimal.format(minutes)} min`;
}

/** « 12,5 % » from 0.125, or « — » when there is no figure. */
export function formatRate(rate: number | null): string {
  return rate === null ? EMPTY : percent.format(rate);
}

/** « 11/09/2025 » from '2025-09-11'. */
export function formatDay(day: DayKey): string {
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
}

/** « 11/09 » from '2025-09-11', for chart axes. */
export function formatShortDay(day: DayKey): string {
  const [, m, d] = day.split('-');
  return `${d}/${m}`;
}

/** « sem. du 08/09 » for the ISO week starting on that Monday. */
export function formatWeek(monday: DayKey): string {
  return `sem. du ${formatShortDay(monday)}`;
}
