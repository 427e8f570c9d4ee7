import { originPattern } from '../core/origins';

/**
 * The content scripts an added SI SIAO address needs, registered at run time (the manifest only
 * lists the built-in addresses). Pure: utils/ext/permissions.ts does the browser calls.
 */

/** Output paths of the two SI SIAO content scripts (WXT names them after their entrypoints). */
export const SISIAO_SCRIPT_FILES = {
  isolated: 'content-scripts/sisiao.js',
  main: 'content-scripts/sisiao-main.js',
} as const;

const PREFIX = { isolated: 'ars-sisiao@', main: 'ars-sisiao-main@' } as const;

/** A registration as `scripting.registerContentScripts` takes it. */
export interface SisiaoRegistration {
  id: string;
  matches: string[];
  js: string[];
  runAt: 'document_idle' | 'document_start';
  world?: 'MAIN';
  allFrames: false;
}

/** Script ids carry the origin itself, so they can be read back without a table. */
export function sisiaoScriptIds(origin: string): { isolated: string; main: string } {
  return { isolated: `${PREFIX.isolated}${origin}`, main: `${PREFIX.main}${origin}` };
}

/** The origin a registration id was made for, or null for scripts that are not ours. */
export function originOfScriptId(id: string): string | null {
  for (const prefix of Object.values(PREFIX)) {
    if (id.startsWith(prefix)) return id.slice(prefix.length);
  }
  return null;
}

/**
 * Both scripts for one origin, as in the manifest: the isolated one once the page is idle, the
 * main-world one at document_start so that it sees the application's first requests.
 */
export function sisiaoRegistrations(origin: string): SisiaoRegistration[] {
  const ids = sisiaoScriptIds(origin);
  const matches = [originPattern(origin)];
  return [
    {
      id: ids.isolated,
      matches,
      js: [SISIAO_SCRIPT_FILES.isolated],
      runAt: 'document_idle',
      allFrames: false,
    },
    {
      id: ids.main,
      matches,
      js: [SISIAO_SCRIPT_FILES.main],
      runAt: 'document_start',
      world: 'MAIN',
      allFrames: false,
    },
  ];
}

/** What to change so that the registered scripts match the granted, configured addresses. */
export interface ScriptSyncPlan {
  register: SisiaoRegistration[];
  unregister: string[];
}

/**
 * Plans the registrations: every configured origin that is granted and not already covered by
 * the manifest gets both scripts; any of our scripts for another origin goes.
 */
export function planScriptSync(
  wanted: readonly string[],
  registeredIds: readonly string[],
): ScriptSyncPlan {
  const want = new Set(wanted);
  const have = new Set(registeredIds);
  const unregister = registeredIds.filter((id) => {
    const origin = originOfScriptId(id);
    return origin !== null && !want.has(origin);
  });
  const register = [...want].flatMap(sisiaoRegistrations).filter((r) => !have.has(r.id));
  return { register, unregister };
}
