/**
 * The pairs of a query string, in order. Through `forEach` rather than the iterators: in a
 * Firefox content script, `[...url.searchParams]` throws « is not iterable » (seen with Firefox
 * ESR 153), which silently emptied the detected context there.
 */
export function queryPairs(params: URLSearchParams): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  params.forEach((value, key) => pairs.push([key, value]));
  return pairs;
}

/**
 * The keys of a query string (`?a=1&b=2`, `a=1&b=2`), in order, repeats kept. Parsed and read
 * through `queryPairs`: `[...new URLSearchParams(q).keys()]` throws in a Firefox content script.
 */
export function queryKeys(query: string): string[] {
  return queryPairs(new URLSearchParams(query)).map(([key]) => key);
}
