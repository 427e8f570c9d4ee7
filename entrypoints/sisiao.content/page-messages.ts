/**
 * Route changes told by our main-world script (sisiao-main.content.ts) through window.postMessage.
 * API calls and script errors travel the same way and are parsed by the SI SIAO adapter's
 * `parseApiMessage` (api-message.ts). The page could post such messages too: they only ever feed
 * detection.
 * Checked by hand: no zod in the script that runs on every SI SIAO page.
 */
export function parseRouteMessage(data: unknown): { at: number } | null {
  if (!data || typeof data !== 'object') return null;
  const m = data as Record<string, unknown>;
  if (m.source !== 'ars-main' || m.kind !== 'route') return null;
  return typeof m.at === 'number' && Number.isSafeInteger(m.at) && m.at >= 0 ? { at: m.at } : null;
}
