import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import {
  effectiveConfig,
  makeDefaultConfig,
  migrateConfig,
  validateConfigFile,
  type Config,
  type ConfigFile,
} from '../../config';
import { DEFAULT_SISIAO_ORIGINS, DEMO_SISIAO_ORIGINS } from '../../core/origins';
import { BUILT_IN_KB_ORIGIN, IS_DEMO_BUILD } from '../build';
import { FEED_KEY, feedConfig } from './feed-store';
import { isQuotaError } from './idb';

/**
 * The stored settings: only what the person (or an import) set, as a configuration document.
 * Sections left out follow the defaults of the installed release, so a new release's nomenclature
 * reaches everyone who did not replace it.
 */

/** The defaults of this build (the demo build also knows the demo origins). */
export const BUILD_DEFAULT_CONFIG: Config = makeDefaultConfig({
  sisiao: [...DEFAULT_SISIAO_ORIGINS, ...(IS_DEMO_BUILD ? DEMO_SISIAO_ORIGINS : [])],
  knowledgeBase: BUILT_IN_KB_ORIGIN,
});

/**
 * WXT counts item versions from 1, and the first release stored the flat version-0 document
 * under this key: WXT version n holds document version n-1. Migrations themselves are the pure,
 * tested steps of utils/config/migrations, also applied to imported files.
 */
const configItem = storage.defineItem<unknown>('local:config', {
  version: 2,
  migrations: {
    2: (old: unknown) => {
      const migrated = migrateConfig(old);
      // Left as is when unreadable: the next read sets it aside and says so.
      return migrated.ok ? migrated.value : old;
    },
  },
});

/** A stored value that could not be read, kept for support instead of being lost. */
export interface CorruptConfig {
  value: unknown;
  errors: string[];
  at: number;
}
const corruptItem = storage.defineItem<CorruptConfig>('local:config.corrupt');

/** The stored document with what the options page needs to explain it. */
export interface LocalConfig {
  file: ConfigFile;
  warnings: string[];
  /** French message when the stored settings were unreadable and the defaults are in use. */
  notice: string | null;
}

const EMPTY: ConfigFile = { version: 1 };

/** The French message shown when stored settings had to be set aside. */
export function corruptNotice(c: CorruptConfig): string {
  const when = new Date(c.at).toLocaleString('fr-FR');
  return (
    `Vos réglages enregistrés étaient illisibles (${when}) : les valeurs par défaut sont utilisées. ` +
    `L'ancienne version est conservée pour l'assistance. Détail : ${c.errors.slice(0, 3).join(' ; ')}`
  );
}

/**
 * Reads the stored settings, zod-parsed. An unreadable value is moved to `local:config.corrupt`
 * and the defaults apply, never a crash and never a silent loss.
 */
export async function loadLocalConfig(): Promise<LocalConfig> {
  const raw = await configItem.getValue();
  if (raw == null) {
    const kept = await corruptItem.getValue();
    return { file: EMPTY, warnings: [], notice: kept ? corruptNotice(kept) : null };
  }
  const checked = validateConfigFile(raw);
  if (checked.ok) return { file: checked.config, warnings: checked.warnings, notice: null };
  const kept: CorruptConfig = { value: raw, errors: checked.errors, at: Date.now() };
  await corruptItem.setValue(kept);
  await configItem.removeValue();
  return { file: EMPTY, warnings: [], notice: corruptNotice(kept) };
}

/** Forgets the set-aside settings once the person has read the notice. */
export async function dismissCorruptConfig(): Promise<void> {
  await corruptItem.removeValue();
}

/**
 * The administrator's policy. Firefox rejects when no policies.json names the extension, Chrome
 * when no policy or no managed schema exists: both mean « no policy ».
 */
export async function readManagedStorage(): Promise<Record<string, unknown>> {
  try {
    const value: unknown = await browser.storage.managed.get();
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Everything the extension and the options page need: what is in force and why. */
export interface LoadedConfig extends LocalConfig {
  config: Config;
  lockedKeys: string[];
  managedErrors: string[];
}

/**
 * The configuration in force: defaults, then the national team's signed feed, then the stored
 * settings (a section set here replaces the feed's), then the policy.
 */
export async function loadEffectiveConfig(): Promise<LoadedConfig> {
  const [local, managed, feed] = await Promise.all([
    loadLocalConfig(),
    readManagedStorage(),
    feedConfig().catch(() => null),
  ]);
  const base = feed ? { ...feed, ...local.file } : local.file;
  const effective = effectiveConfig(base, managed, BUILD_DEFAULT_CONFIG);
  return { ...local, ...effective };
}

/** The configuration in force, or the defaults if anything about storage fails. */
export async function loadConfigOrDefaults(): Promise<Config> {
  try {
    return (await loadEffectiveConfig()).config;
  } catch {
    return BUILD_DEFAULT_CONFIG;
  }
}

/** Why a save failed: a French message for logs, `kind` and `detail` for the page. */
export class SettingsSaveError extends Error {
  constructor(
    message: string,
    /** Why, for the options page to say in its language; `detail` is the errors or the cause. */
    readonly kind: 'invalid' | 'full' | 'failed',
    readonly detail: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'SettingsSaveError';
  }
}

/**
 * Stores a new document after validating it whole. Throws a `SettingsSaveError` in French when it
 * is invalid or when the browser's storage is full (nothing is changed in either case).
 */
export async function saveConfig(next: ConfigFile): Promise<ConfigFile> {
  const checked = validateConfigFile(next);
  if (!checked.ok) {
    const detail = checked.errors.join(' ; ');
    throw new SettingsSaveError(`Réglages non enregistrés : ${detail}`, 'invalid', detail);
  }
  try {
    await configItem.setValue(checked.config);
  } catch (error) {
    if (isQuotaError(error)) {
      throw new SettingsSaveError(
        "Réglages non enregistrés : l'espace de stockage du navigateur est plein. Supprimez " +
          "d'anciennes captures ou videz l'historique (Historique et données), puis réessayez.",
        'full',
        '',
        { cause: error },
      );
    }
    throw new SettingsSaveError(
      `Réglages non enregistrés : ${String(error)}`,
      'failed',
      String(error),
      {
        cause: error,
      },
    );
  }
  return checked.config;
}

/**
 * Calls back with the new configuration in force whenever the stored settings or the policy
 * change (options saved in another tab, policy pushed by IT). Returns the unsubscribe function.
 */
export function watchConfig(cb: (loaded: LoadedConfig) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'managed' || (area === 'local' && ('config' in changes || FEED_KEY in changes))) {
      void loadEffectiveConfig().then(cb);
    }
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
