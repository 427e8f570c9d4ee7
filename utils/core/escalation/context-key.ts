import type { MessageKey } from '../../i18n';
import { said, type Said } from '../../i18n/said';
import type { SisiaoContext } from '../context';

/** The key of the draft for a context when it names no usager nor demande. */
export const NO_CONTEXT_KEY = 'sans-contexte';

type KeyFields = Pick<SisiaoContext, 'demandeId' | 'menageId' | 'personneId'>;

/**
 * One draft per context: the demande when there is one (several demandes of one ménage are
 * separate escalations), else the ménage, else the personne, else 'sans-contexte'.
 */
export function contextKeyOf(ctx: Partial<KeyFields>): string {
  const demandeId = ctx.demandeId?.trim();
  if (demandeId) return `demande:${demandeId}`;
  const menageId = ctx.menageId?.trim();
  if (menageId) return `menage:${menageId}`;
  const personneId = ctx.personneId?.trim();
  if (personneId) return `personne:${personneId}`;
  return NO_CONTEXT_KEY;
}

const LABELS: Record<string, MessageKey> = {
  demande: 'draftKeyDemande',
  menage: 'draftKeyMenage',
  personne: 'draftKeyPersonne',
};

/** How a key reads in the list of open drafts, in the person's language (`say`). */
export function describeContextKey(key: string): Said {
  const [kind, ...rest] = key.split(':');
  const label = kind ? LABELS[kind] : undefined;
  if (label && rest.length) return said(label, { id: rest.join(':') });
  return said('draftKeyNone');
}

const TICKET_LABELS: Record<string, string> = {
  demande: 'Demande',
  menage: 'Ménage',
  personne: 'Personne',
};

/** How a key reads in the ticket, always in French: « Demande 4521 », « Sans contexte ». */
export function contextKeyInTicket(key: string): string {
  const [kind, ...rest] = key.split(':');
  const label = kind ? TICKET_LABELS[kind] : undefined;
  if (label && rest.length) return `${label} ${rest.join(':')}`;
  return 'Sans contexte';
}
