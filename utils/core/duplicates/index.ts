/**
 * The duplicate guard (issue 8), pure: history model, similarity, policy, merge, retention and the
 * team-sharing file. Browser wiring (IndexedDB, panel, support form) lives elsewhere.
 */
export { EscalationRecordSchema, parseEscalation, normalizeDescription } from './record';
export type {
  EscalationRecord,
  EscalationInput,
  EscalationStatus,
  EscalationSource,
} from './record';
export { EscalationCandidateSchema } from './candidate';
export type { EscalationCandidate, EscalationCandidateInput } from './candidate';
export { fingerprint } from './fingerprint';
export { compareTexts, SIMILARITY_THRESHOLDS } from './similarity';
export type { Similarity } from './similarity';
export { textFeatures } from './features';
export { caseRelation, categoryRelation } from './case-match';
export { prepareHistory } from './prepared';
export type { PreparedHistory } from './prepared';
export { decide } from './policy';
export type { Decision, DecideOptions, DuplicateMatch, Verdict } from './policy';
export type { MatchKind } from './explain';
export {
  mergeHistory,
  mergeRecords,
  purgeOlderThan,
  DEFAULT_RETENTION_DAYS,
} from './merge-history';
export {
  exportHistory,
  parseHistoryFile,
  HistoryFileV1Schema,
  HISTORY_FILE_FORMAT,
} from './exchange';
export type { HistoryFile, ImportResult } from './exchange';
export { MesTicketsRowSchema, recordsFromMesTickets } from './mes-tickets-row';
export type { MesTicketsRow } from './mes-tickets-row';
export { DuplicateEvalCaseSchema, DuplicateEvalCasesSchema } from './eval-case';
