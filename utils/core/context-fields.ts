import type { SisiaoContext } from './context';

/** The ID fields of a context, in the order the panel shows them. */
export const CONTEXT_ID_FIELDS = [
  'menageId',
  'personneId',
  'demandeId',
  'structureId',
  'dispositifId',
  'groupePlacesId',
] as const;
export type ContextIdField = (typeof CONTEXT_ID_FIELDS)[number];

/** A context where nothing is known yet. */
export function emptyContext(): SisiaoContext {
  return {
    menageId: null,
    personneId: null,
    demandeId: null,
    structureId: null,
    dispositifId: null,
    groupePlacesId: null,
    userEmail: null,
    userProfile: null,
    volet: null,
    appVersion: null,
    pageTitle: null,
    pageKind: 'autre',
    url: null,
    found: {},
  };
}
