import { dayKeyOf, timeOfDay, type DayKey } from './calendar';
import { CALLER_TYPE_LABELS, OUTCOME_LABELS, type CallEntry } from './entry';
import { formatDay } from './format';
import type { CallIndicators } from './indicators';
import type { DayRange } from './period';
import { roundTo } from './stats';

/**
 * What the export says, independent of the file format: the xlsx and CSV writers only render
 * these rows. The labels are exported so that a test (or the e2e LibreOffice check) finds a figure
 * by its label rather than by a cell address.
 */

export const CALLS_SHEET = 'Appels';
export const SUMMARY_SHEET = 'Synthèse';

/** Columns of the « Appels » sheet and of the CSV, in order. */
export const CALL_COLUMNS = [
  { key: 'date', header: 'Date' },
  { key: 'time', header: 'Heure' },
  { key: 'durationMin', header: 'Durée (min)' },
  { key: 'motif', header: 'Motif' },
  { key: 'sousMotif', header: 'Sous-motif' },
  { key: 'callerType', header: 'Type d’appelant' },
  { key: 'outcome', header: 'Issue' },
  { key: 'article', header: 'Article' },
  { key: 'ticket', header: 'Ticket' },
  { key: 'note', header: 'Note' },
] as const;

/** One call as exported. */
export interface CallRow {
  date: DayKey;
  /** 'HH:MM', wall clock of the referent's time zone. */
  time: string;
  /** Rounded to a tenth of a minute. */
  durationMin: number;
  motif: string;
  sousMotif: string;
  callerType: string;
  outcome: string;
  article: string;
  ticket: string;
  note: string;
}

/** The rows of the « Appels » sheet, in the order given (the caller sorts). */
export function callRows(calls: readonly CallEntry[], timeZone: string): CallRow[] {
  return calls.map((c) => ({
    date: dayKeyOf(c.startedAt, timeZone),
    time: timeOfDay(c.startedAt, timeZone),
    durationMin: roundTo(c.durationSec / 60, 1) ?? 0,
    motif: c.motif?.libelle ?? '',
    sousMotif: c.sousMotif?.libelle ?? '',
    callerType: c.callerType ? CALLER_TYPE_LABELS[c.callerType] : '',
    outcome: c.outcome ? OUTCOME_LABELS[c.outcome.kind] : '',
    article: c.outcome?.kind === 'oriente-article' ? c.outcome.article.title : '',
    ticket: c.outcome?.kind === 'escalade' ? (c.outcome.ticket ?? '') : '',
    note: c.note,
  }));
}

/** Labels of the « Synthèse » sheet, column A. */
export const SUMMARY_LABELS = {
  title: 'Synthèse des appels reçus',
  from: 'Période du',
  to: 'Période au (inclus)',
  departement: 'Département',
  calls: 'Nombre d’appels',
  median: 'Durée médiane (min)',
  mean: 'Durée moyenne (min)',
  escalationRate: 'Taux d’escalade',
  escalated: 'Appels escaladés',
  topMotifs: 'Top 3 des motifs',
  topSousMotifs: 'Top 10 des sous-motifs',
  rank: 'Rang',
  motif: 'Motif',
  sousMotif: 'Sous-motif',
  count: 'Nombre d’appels',
} as const;

/** One cell of the summary: text, number, or blank. */
export type SummaryCell = string | number | null;

/** How a row is rendered: `percent` and `minutes` apply to its second cell. */
export type SummaryRowKind = 'title' | 'section' | 'header' | 'value' | 'percent' | 'minutes';

/** One row of the summary sheet. */
export interface SummaryRow {
  kind: SummaryRowKind;
  cells: SummaryCell[];
}

/** What the summary needs besides the figures. */
export interface SummaryInput {
  range: DayRange;
  /** Free text from the settings (« 75 », « Paris »…). */
  departement: string;
}

/**
 * The « Synthèse » sheet in the layout of the national survey: period, département, number of
 * calls, median and mean minutes, escalation rate, top 3 motifs, top 10 sous-motifs. Minutes are
 * rounded to a tenth and the rate to a tenth of a percent, so the stored value is the one shown
 * (LibreOffice and Excel then give back exactly what the page displays). Empty figures are blank.
 */
export function summaryRows(ind: CallIndicators, input: SummaryInput): SummaryRow[] {
  const L = SUMMARY_LABELS;
  const blank: SummaryRow = { kind: 'value', cells: [] };
  return [
    { kind: 'title', cells: [L.title] },
    blank,
    { kind: 'value', cells: [L.from, formatDay(input.range.firstDay)] },
    { kind: 'value', cells: [L.to, formatDay(input.range.lastDay)] },
    { kind: 'value', cells: [L.departement, input.departement.trim()] },
    { kind: 'value', cells: [L.calls, ind.callCount] },
    { kind: 'minutes', cells: [L.median, roundTo(ind.medianMinutes, 1)] },
    { kind: 'minutes', cells: [L.mean, roundTo(ind.meanMinutes, 1)] },
    { kind: 'percent', cells: [L.escalationRate, roundTo(ind.escalationRate, 3)] },
    { kind: 'value', cells: [L.escalated, ind.escalationCount] },
    blank,
    { kind: 'section', cells: [L.topMotifs] },
    { kind: 'header', cells: [L.rank, L.motif, L.count] },
    ...ind.topMotifs.slice(0, 3).map((m, i): SummaryRow => ({
      kind: 'value',
      cells: [i + 1, m.libelle, m.count],
    })),
    blank,
    { kind: 'section', cells: [L.topSousMotifs] },
    { kind: 'header', cells: [L.rank, L.sousMotif, L.motif, L.count] },
    ...ind.topSousMotifs.slice(0, 10).map((s, i): SummaryRow => ({
      kind: 'value',
      cells: [i + 1, s.libelle, s.motifLibelle ?? '', s.count],
    })),
  ];
}

/** The file name of an export: « appels-2025-09-01-au-2025-09-30.xlsx ». */
export function exportFileName(range: DayRange, extension: 'xlsx' | 'csv'): string {
  return `appels-${range.firstDay}-au-${range.lastDay}.${extension}`;
}
