import type { CallChoice } from '../../utils/core/calls/entry';
import { findPersonalData, type PersonalDataKind } from '../../utils/core/escalation/personal-data';
import type { Motif, Nomenclature } from '../../utils/core/nomenclature/schema';
import { t, type MessageKey } from '../../utils/i18n';

/**
 * What the call form needs from the nomenclature and the note, as pure functions. A call is logged
 * by motif / sous-motif only (the survey's grain): the thématique just groups the motifs.
 */

/** A codes-only proposal (the side panel's `MotifProposal` fits). */
export interface CodesProposal {
  motif: string;
  sousMotif: string | null;
}

/** The choices a new call starts with. */
export interface CallSeed {
  motif: CallChoice | null;
  sousMotif: CallChoice | null;
}

export const choiceOf = (node: { code: string; libelle: string }): CallChoice => ({
  code: node.code,
  libelle: node.libelle,
});

/** The motif with this code, whatever its thématique (codes are unique across the tree). */
export function findMotif(n: Nomenclature, code: string | null | undefined): Motif | null {
  if (!code) return null;
  for (const t of n.thematiques) {
    const m = t.motifs.find((x) => x.code === code);
    if (m) return m;
  }
  return null;
}

/** The proposal as choices; a code the nomenclature no longer has is left unset. */
export function proposalChoices(n: Nomenclature, proposal: CodesProposal | null): CallSeed {
  const motif = findMotif(n, proposal?.motif);
  const sous = motif?.sousMotifs.find((s) => s.code === proposal?.sousMotif) ?? null;
  return { motif: motif ? choiceOf(motif) : null, sousMotif: sous ? choiceOf(sous) : null };
}

/** « 03:12 »; minutes go past 59 rather than adding hours (a call is rarely that long). */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(total / 60))}:${pad(total % 60)}`;
}

/** « 6 min 12 s », « 45 s ». */
export function formatDuration(sec: number): string {
  const m = Math.floor(sec / 60);
  const s = sec % 60;
  return m ? `${m} min ${String(s).padStart(2, '0')} s` : `${s} s`;
}

const KIND_LABELS: Record<PersonalDataKind | 'name', MessageKey> = {
  name: 'callNoteName',
  'name-birthdate': 'callNoteBirthdate',
  phone: 'callNotePhone',
  email: 'callNoteEmail',
  nir: 'callNoteNir',
};

// findPersonalData only reports a name next to a birth date (an escalation must name the case by
// its IDs); a call note should not name anyone at all, so « M. Dupont » is flagged here too.
const CIVILITY_NAME =
  /\b(?:M\.|Mr\.?|Mme\.?|Mlle\.?|Monsieur|Madame|Mademoiselle)\s+[A-ZÀ-Ý][\p{L}'-]+/u;

/** What the note seems to hold that it must not, or null when nothing is found. */
export function personalDataWarning(note: string): string | null {
  const kinds = new Set<PersonalDataKind | 'name'>(findPersonalData(note).map((h) => h.kind));
  if (CIVILITY_NAME.test(note)) kinds.add('name');
  if (kinds.size === 0) return null;
  const what = [...kinds].map((k) => t(KIND_LABELS[k])).join(', ');
  return t('callNotePersonal', { what });
}
