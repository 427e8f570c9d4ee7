import { idsFromQuery, sanitizeRequestPath } from './api-facts';
import type { ApiObservation, RequestObservation } from './api-signals';

/**
 * The main-world script's messages, checked by hand for the content script (no zod on every SI
 * SIAO page). Same rules as `ApiObservationSchema` in api-signals.ts, which a test compares with
 * this function on random input: bounded texts, integer times and statuses, query values dropped.
 */
const text = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const int = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v);
const optText = (v: unknown, max: number) => v === undefined || v === null || text(v, max);

export function parseApiMessage(data: unknown): ApiObservation | null {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return null;
  const m = data as Record<string, unknown>;
  if (!int(m.at) || m.at < 0) return null;
  if (m.kind === 'script') {
    return typeof m.message === 'string'
      ? { kind: 'script', at: m.at, message: m.message.slice(0, 500) }
      : null;
  }
  if (m.kind !== undefined && m.kind !== 'request') return null;
  if (
    !text(m.method, 10) ||
    !text(m.path, 2000) ||
    !int(m.status) ||
    m.status < 0 ||
    m.status > 999
  )
    return null;
  if (m.typefiche !== undefined && !text(m.typefiche, 40)) return null;
  let user: { email: string | null; profile: string | null } | undefined;
  if (m.user !== undefined) {
    const u = m.user as Record<string, unknown> | null;
    if (!u || typeof u !== 'object' || Array.isArray(u)) return null;
    if (!optText(u.email, 254) || !optText(u.role, 200) || !optText(u.profile, 200)) return null;
    const email = (u.email as string | null | undefined)?.trim() || null;
    const profile = ((u.profile ?? u.role) as string | null | undefined)?.trim() || null;
    user = { email, profile };
  }
  const obs: RequestObservation = {
    kind: 'request',
    at: m.at,
    method: m.method.toUpperCase(),
    path: sanitizeRequestPath(m.path).split('?')[0] ?? '',
    safePath: sanitizeRequestPath(m.path),
    status: m.status,
  };
  if (m.typefiche) obs.typefiche = m.typefiche as string;
  const ids = idsFromQuery(m.path);
  if (ids) obs.ids = ids;
  if (user) obs.user = user;
  return obs;
}
