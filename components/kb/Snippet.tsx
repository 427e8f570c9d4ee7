import type { Snippet as SnippetData } from '../../utils/core/search/snippet';

/** A snippet with its matches highlighted, built as React text nodes: article HTML never enters. */
export function Snippet({ snippet }: { snippet: SnippetData }) {
  const parts: Array<{ text: string; mark: boolean }> = [];
  let at = 0;
  for (const [start, end] of snippet.highlights) {
    if (start > at) parts.push({ text: snippet.text.slice(at, start), mark: false });
    parts.push({ text: snippet.text.slice(start, end), mark: true });
    at = end;
  }
  if (at < snippet.text.length) parts.push({ text: snippet.text.slice(at), mark: false });
  return (
    <span className="ars-snippet">
      {parts.map((p, i) =>
        p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>,
      )}
    </span>
  );
}
