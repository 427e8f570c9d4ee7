import type { CallEntry, CallOutcome } from '../../utils/core/calls/entry';

/** Paris time, as most SIAO; tests of other zones say so. */
export const TZ = 'Europe/Paris';

let seq = 0;

/** A call started at a Paris wall-clock time ('2025-09-11T14:05'), ended `minutes` later. */
export function call(
  start: string,
  minutes: number,
  fields: Partial<Omit<CallEntry, 'startedAt' | 'endedAt' | 'durationSec'>> & {
    outcome?: CallOutcome | null;
  } = {},
): CallEntry {
  // September dates are in summer time (UTC+2) unless the test gives an offset.
  const startedAt = Date.parse(/[+-]\d\d:\d\d$|Z$/.test(start) ? start : `${start}:00+02:00`);
  seq += 1;
  return {
    id: `c${seq}`,
    startedAt,
    endedAt: startedAt + minutes * 60_000,
    durationSec: Math.round(minutes * 60),
    motif: null,
    sousMotif: null,
    callerType: null,
    note: '',
    outcome: { kind: 'resolu' },
    ...fields,
  };
}

export const GESTION_DEMANDE = { code: 'gestion-demande', libelle: 'Gestion de la demande' };
export const GESTION_MENAGE = { code: 'gestion-menage', libelle: 'Gestion du ménage' };
export const FORMATIONS = { code: 'formations', libelle: 'Formations liées à l’outil' };
export const ANNULATION = { code: 'annulation-demandes', libelle: 'Annulation des demandes' };
export const A_COMPLETER = { code: 'demandes-a-completer', libelle: 'Demandes « à compléter »' };
export const FUSION = { code: 'fusion-personnes', libelle: 'Fusion des personnes' };
