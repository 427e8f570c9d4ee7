import { z } from 'zod/mini';
import { idsFromQuery, sanitizeRequestPath } from './api-facts';

/**
 * The messages the main-world script posts (`sisiao-main.content.ts`): one per API call the SI
 * SIAO page makes, and one per uncaught script error. This is the reference schema; the content
 * script, which runs on every SI SIAO page, parses with the hand-written `parseApiMessage`
 * (api-message.ts, no zod) and a test holds the two to the same answers. The posted path may carry
 * query values; parsing drops them at once and keeps only the numeric values of ID parameters
 * (`idFiche`, `idGroupe`), which say which fiche is shown.
 */

const text = (max: number) => z.string().check(z.maxLength(max));
const at = z.number().check(z.int(), z.nonnegative());
const optionalText = (max: number) => z.optional(z.nullable(text(max)));

const RequestMessageSchema = z.object({
  kind: z.optional(z.literal('request')),
  at,
  method: text(10),
  /** As posted: path and query of the call under the page's origin. */
  path: text(2000),
  /** HTTP status; 0 when the request failed without an answer. */
  status: z.number().check(z.int(), z.gte(0), z.lte(999)),
  /** `typefiche` of a fiche answer (`Groupe` for a ménage, `Personne`). */
  typefiche: z.optional(text(40)),
  /** From `/api/login/user` only: the connected referent. */
  user: z.optional(
    z.object({ email: optionalText(254), role: optionalText(200), profile: optionalText(200) }),
  ),
});

const ScriptMessageSchema = z.object({
  kind: z.literal('script'),
  at,
  message: z.pipe(
    z.string(),
    z.transform((m) => m.slice(0, 500)),
  ),
});

/** What the detector and the technical signals keep of an API call: no query value, no body. */
export interface RequestObservation {
  kind: 'request';
  at: number;
  method: string;
  /** Path without the query (numeric IDs kept), for matching API rules. */
  path: string;
  /** Path with query keys but no values, for « Erreur technique : HTTP 500 sur PUT … ». */
  safePath: string;
  status: number;
  typefiche?: string;
  /** Numeric values of ID query parameters (`idFiche`, `idGroupe`). */
  ids?: Record<string, string>;
  user?: { email: string | null; profile: string | null };
}

export interface ScriptObservation {
  kind: 'script';
  at: number;
  message: string;
}

export type ApiObservation = RequestObservation | ScriptObservation;

const RequestObservationSchema = z.pipe(
  RequestMessageSchema,
  z.transform((m): RequestObservation => {
    const obs: RequestObservation = {
      kind: 'request',
      at: m.at,
      method: m.method.toUpperCase(),
      path: sanitizeRequestPath(m.path).split('?')[0] ?? '',
      safePath: sanitizeRequestPath(m.path),
      status: m.status,
    };
    if (m.typefiche) obs.typefiche = m.typefiche;
    const ids = idsFromQuery(m.path);
    if (ids) obs.ids = ids;
    if (m.user) {
      const email = m.user.email?.trim() || null;
      const profile = (m.user.profile ?? m.user.role)?.trim() || null;
      obs.user = { email, profile };
    }
    return obs;
  }),
);

/** Parses a message from the main-world script; extra keys (`source`) are ignored. */
export const ApiObservationSchema = z.union([ScriptMessageSchema, RequestObservationSchema]);

/** The connected referent, read the same way by the page-world script (api-pick.ts). */
export { readLoginUser } from './api-pick';
export { apiFacts, sanitizeRequestPath } from './api-facts';
export type { ApiFacts } from './api-facts';
