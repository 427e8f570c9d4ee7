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
