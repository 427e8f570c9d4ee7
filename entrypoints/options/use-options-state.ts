import { useCallback, useEffect, useState } from 'react';
import { setLanguage } from '../../utils/i18n';
import { missingSisiaoPermissions } from '../../utils/ext/permissions';
import {
  loadEffectiveConfig,
  watchConfig,
  type LoadedConfig,
} from '../../utils/ext/storage/settings';

export type OptionsState = LoadedConfig & { missingPermission: string[] };

/**
 * The settings in force as the options page shows them, kept current, with the SI SIAO addresses
 * whose permission is missing; the interface language is applied before each render.
 */
export function useOptionsState(): { state: OptionsState | null; show: () => Promise<void> } {
  const [state, setState] = useState<OptionsState | null>(null);
  const apply = useCallback(async (loaded?: LoadedConfig) => {
    const l = loaded ?? (await loadEffectiveConfig());
    await setLanguage(l.config.language);
    document.documentElement.lang = l.config.language;
    setState({ ...l, missingPermission: await missingSisiaoPermissions(l.config) });
  }, []);
  useEffect(() => {
    void apply();
    return watchConfig((l) => void apply(l));
  }, [apply]);
  return { state, show: apply };
}
