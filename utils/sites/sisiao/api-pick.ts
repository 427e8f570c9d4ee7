/**
 * What the page-world script (sisiao-main.content.ts) knows of the SI SIAO's own API: which calls
 * it watches, which answers it opens, and the few fields it keeps from them. Dependency-free: that
 * script runs at document_start on every SI SIAO page. Never another field, never a request body.
 */

/** Calls under this path, on the page's own origin, are observed. */
export const API_PREFIX = '/api/';

const FICHE_IDENTITE = /\/api\/fiches\/ficheIdentite\//;
const LOGIN_USER = /\/api\/login\/user$/;

/** Only these answers are read at all: the fiche's type, the connected referent. */
export function wantsBody(path: string): boolean {
  return FICHE_IDENTITE.test(path) || LOGIN_USER.test(path);
}

const EMAIL = /^[^\s@<>()]{1,64}@[^\s@<>()]{1,190}\.[a-z]{2,24}$/i;
const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function roleLabel(role: unknown): string | undefined {
  if (typeof role === 'string') return role;
  if (!role || typeof role !== 'object') return undefined;
  const r = role as Record<string, unknown>;
  return text(r.libelle) ?? text(r.label) ?? text(r.nom) ?? text(r.name);
}

/**
 * The referent's e-mail and current role label from a `/api/login/user` answer. Alternative names
 * seen in similar APIs (`mail`, `courriel`, `login`; `role`, `profil`) are accepted; never throws.
 */
export function readLoginUser(body: unknown): { email: string | null; profile: string | null } {
  if (!body || typeof body !== 'object') return { email: null, profile: null };
  const b = body as Record<string, unknown>;
  const email = [b.email, b.mail, b.courriel, b.login]
    .map(text)
    .find((e) => e !== undefined && EMAIL.test(e.trim()));
  const label = roleLabel(b.currentRole ?? b.currentProfil ?? b.role ?? b.profil)?.trim();
  return {
    email: email ? email.trim().slice(0, 254) : null,
    profile: label ? label.slice(0, 200) : null,
  };
}

/** The fields kept from an answer the script opened (see `wantsBody`); {} for any other. */
export function pickApiFields(
  path: string,
  body: unknown,
): { typefiche?: string; user?: { email: string | null; profile: string | null } } {
  if (!body || typeof body !== 'object') return {};
  const b = body as Record<string, unknown>;
  if (FICHE_IDENTITE.test(path) && typeof b.typefiche === 'string') {
    return { typefiche: b.typefiche.slice(0, 40) };
  }
  if (LOGIN_USER.test(path)) return { user: readLoginUser(body) };
  return {};
}
