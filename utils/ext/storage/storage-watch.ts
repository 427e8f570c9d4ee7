import { browser } from 'wxt/browser';

/**
 * Calls `onChange` whenever one of these `storage.local` keys changes (another window, the
 * background); returns the unwatch, for a hook's cleanup.
 */
export function watchLocalKeys(keys: readonly string[], onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && keys.some((k) => k in changes)) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
