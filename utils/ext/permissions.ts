import { browser, type Browser } from 'wxt/browser';
import {
  planScriptSync,
  sisiaoRegistrations,
  sisiaoScriptIds,
  type SisiaoRegistration,
} from '../config/script-registrations';
import { resolveConfig, type Config } from '../config';
import { originPattern, toOrigin } from '../core/origins';
import { BUILD_DEFAULT_CONFIG, loadLocalConfig, saveConfig } from './storage/settings';

/**
 * SI SIAO addresses beyond the built-in ones: each is granted by the person when added (never
 * all sites at once) and gets the two SI SIAO content scripts registered for it.
 */

/** Added or removed; else why not (the options page says it), with the address concerned. */
export type AddressResult =
  | { ok: true; origin: string }
  | { ok: false; error: 'invalid' | 'denied' | 'builtIn'; address: string };

/** Origins the manifest already serves (its content scripts and required host permissions). */
function manifestOrigins(): Set<string> {
  const scripts = browser.runtime.getManifest().content_scripts ?? [];
  const origins = scripts
    .flatMap((s) => s.matches ?? [])
    .map((m) => (m.endsWith('/*') ? toOrigin(m.slice(0, -2)) : null))
    .filter((o): o is string => o !== null);
  return new Set(origins);
}

function toBrowserRegistration(r: SisiaoRegistration): Browser.scripting.RegisteredContentScript {
  // `world` is typed as an enum by the polyfill's types; the value is the string Chrome expects.
  return r as unknown as Browser.scripting.RegisteredContentScript;
}

async function registerFor(origin: string): Promise<void> {
  const ids = Object.values(sisiaoScriptIds(origin));
  const existing = await browser.scripting.getRegisteredContentScripts({ ids });
  if (existing.length)
    await browser.scripting.unregisterContentScripts({ ids: existing.map((s) => s.id) });
  await browser.scripting.registerContentScripts(
    sisiaoRegistrations(origin).map(toBrowserRegistration),
  );
}

/**
 * Adds an SI SIAO address. Call it straight from the click handler: Chrome only shows the
 * permission prompt for a user gesture, and the gesture is lost at the first `await` — so the
 * request is the first asynchronous thing done here.
 */
export async function addSisiaoAddress(input: string): Promise<AddressResult> {
  const origin = toOrigin(input);
  if (!origin) return { ok: false, error: 'invalid', address: input };
  const granted = await browser.permissions.request({ origins: [originPattern(origin)] });
  if (!granted) {
    return { ok: false, error: 'denied', address: origin };
  }
  if (!manifestOrigins().has(origin)) await registerFor(origin);
  const local = await loadLocalConfig();
  const current = resolveConfig(local.file, BUILD_DEFAULT_CONFIG).addresses.sisiao;
  if (!current.includes(origin)) {
    await saveConfig({
      ...local.file,
      addresses: { ...local.file.addresses, sisiao: [...current, origin] },
    });
  }
  return { ok: true, origin };
}

/** Removes an added address: its scripts, its permission, and its place in the settings. */
export async function removeSisiaoAddress(origin: string): Promise<AddressResult> {
  if (manifestOrigins().has(origin)) {
    return { ok: false, error: 'builtIn', address: origin };
  }
  const ids = Object.values(sisiaoScriptIds(origin));
  const existing = await browser.scripting.getRegisteredContentScripts({ ids });
  if (existing.length)
    await browser.scripting.unregisterContentScripts({ ids: existing.map((s) => s.id) });
  await browser.permissions.remove({ origins: [originPattern(origin)] });
  const local = await loadLocalConfig();
  const current = resolveConfig(local.file, BUILD_DEFAULT_CONFIG).addresses.sisiao;
  await saveConfig({
    ...local.file,
    addresses: { ...local.file.addresses, sisiao: current.filter((o) => o !== origin) },
  });
  return { ok: true, origin };
}

/** What the background found at startup: addresses served, and those still waiting for a grant. */
export interface ScriptSyncReport {
  registered: string[];
  unregistered: string[];
  /** Configured (e.g. by an import or a policy) but not granted: the options page asks for them. */
  missingPermission: string[];
}

/**
 * For the background at startup and when the configuration changes: registers the scripts of
 * every configured address the browser still grants, and removes ours for any other.
 */
export async function syncRegisteredScripts(config: Config): Promise<ScriptSyncReport> {
  const builtIn = manifestOrigins();
  const extra = config.addresses.sisiao.filter((o) => !builtIn.has(o));
  const granted: string[] = [];
  const missingPermission: string[] = [];
  for (const origin of extra) {
    const ok = await browser.permissions.contains({ origins: [originPattern(origin)] });
    (ok ? granted : missingPermission).push(origin);
  }
  const registered = await browser.scripting.getRegisteredContentScripts();
  const plan = planScriptSync(
    granted,
    registered.map((s) => s.id),
  );
  if (plan.unregister.length)
    await browser.scripting.unregisterContentScripts({ ids: plan.unregister });
  if (plan.register.length) {
    await browser.scripting.registerContentScripts(plan.register.map(toBrowserRegistration));
  }
  return {
    registered: plan.register.map((r) => r.id),
    unregistered: plan.unregister,
    missingPermission,
  };
}

/** Configured addresses the browser does not (or no longer) grant, for the options page. */
export async function missingSisiaoPermissions(config: Config): Promise<string[]> {
  const builtIn = manifestOrigins();
  const missing: string[] = [];
  for (const origin of config.addresses.sisiao.filter((o) => !builtIn.has(o))) {
    const ok = await browser.permissions.contains({ origins: [originPattern(origin)] });
    if (!ok) missing.push(origin);
  }
  return missing;
}
