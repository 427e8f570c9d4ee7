import { loadConfigOrDefaults, watchConfig } from '../../utils/ext/storage/settings';
import { syncRegisteredScripts } from '../../utils/ext/permissions';

/**
 * SI SIAO addresses added in the options get their content scripts registered at run time; keep
 * the registrations in line with the settings at each start and after each change.
 */
export function keepContentScriptsInSync(): void {
  const sync = () =>
    loadConfigOrDefaults()
      .then(syncRegisteredScripts)
      .catch((err: unknown) => console.warn('[ars] content scripts sync', err));
  void sync();
  watchConfig(() => void sync());
}
