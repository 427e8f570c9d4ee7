/**
 * Runs `run` while holding the Web Lock `name`, shared by all of the extension's pages and its
 * worker (same origin): two contexts doing a read-modify-write of the same stored value (the side
 * panels of two windows, the background) never interleave. Where Web Locks are missing (unit
 * tests), calls from this context are chained instead.
 */
const queues = new Map<string, Promise<unknown>>();

export async function exclusively<T>(name: string, run: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) return await locks.request(name, run);
  const chained = (queues.get(name) ?? Promise.resolve()).then(run);
  queues.set(
    name,
    chained.catch(() => undefined),
  );
  return chained;
}
