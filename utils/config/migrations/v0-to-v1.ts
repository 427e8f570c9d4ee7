/**
 * Version 0 → 1. The first settings were flat — `{ sisiaoUrls: string[], kbUrl: string }` — with
 * no version; version 1 groups addresses and adds the other sections. Values are moved, not
 * checked: validation runs on the result and names the new keys. Anything else is carried over so
 * that it is reported as unknown rather than silently lost.
 */
export function migrateV0toV1(old: Record<string, unknown>): Record<string, unknown> {
  const { sisiaoUrls, kbUrl, version: _version, ...rest } = old;
  const addresses: Record<string, unknown> = {};
  if (sisiaoUrls !== undefined) addresses.sisiao = sisiaoUrls;
  if (kbUrl !== undefined) addresses.knowledgeBase = kbUrl;
  return {
    ...rest,
    version: 1,
    ...(Object.keys(addresses).length ? { addresses } : {}),
  };
}
