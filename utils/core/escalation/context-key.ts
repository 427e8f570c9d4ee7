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

/** Each kind of context: its words in the list of drafts (catalogue) and in the ticket (French). */
const KINDS: Record<string, { said: MessageKey; ticket: string }> = {
  demande: { said: 'draftKeyDemande', ticket: 'Demande' },
  menage: { said: 'draftKeyMenage', ticket: 'Ménage' },
  personne: { said: 'draftKeyPersonne', ticket: 'Personne' },
};

/** The kind and ID a key names, or null for « sans contexte » and unknown kinds. */
function parts(key: string): { kind: { said: MessageKey; ticket: string }; id: string } | null {
  const [name, ...rest] = key.split(':');
  const kind = name ? KINDS[name] : undefined;
  return kind && rest.length ? { kind, id: rest.join(':') } : null;
}

/** How a key reads in the list of open drafts, in the person's language (`say`). */
export function describeContextKey(key: string): Said {
  const p = parts(key);
  return p ? said(p.kind.said, { id: p.id }) : said('draftKeyNone');
}

/** How a key reads in the ticket, always in French: « Demande 4521 », « Sans contexte ». */
export function contextKeyInTicket(key: string): string {
  const p = parts(key);
  return p ? `${p.kind.ticket} ${p.id}` : 'Sans contexte';
}
