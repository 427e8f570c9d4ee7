import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Firefox content scripts see the page's objects through Xray wrappers, and there a `NodeList`, an
 * `HTMLCollection`, a `URLSearchParams` and their `keys()`/`values()`/`entries()` are not iterable:
 * spreading them or `for…of` over them throws « is not iterable » (issue 16: every SI SIAO URL
 * with a query string lost its whole context in Firefox ESR). `Array.from` of a DOM collection
 * works (it falls back to `length` and indices); a `URLSearchParams` has no `length`, so it is
 * read through `queryPairs` (its `forEach`). Chromium and happy-dom iterate all of these happily,
 * so nothing else would catch a new one: this test scans every source a content script bundles.
 *
 * The patterns, on the source with its comments removed (a comment may quote the fault):
 * - DOM_COLLECTION_ITERATED: `...` or `for (… of …)` right before a member chain ending in a DOM
 *   collection: `querySelectorAll(…)`, `getElementsBy…(…)`, `getClientRects()`, `children`,
 *   `childNodes`, `options`, `selectedOptions`, `files`, `rows`, `cells`, `tBodies`,
 *   `attributes`, `classList`, `addedNodes`, `removedNodes`, `searchParams`
 *   (`[...el.children]`, `[...(root?.querySelectorAll('a') ?? [])]`,
 *   `for (const n of el.childNodes)`). A plain object's property with one of these names is read
 *   with `Array.from` too. `elements` and `labels` are left out: the detection rules and the
 *   masking code name their own arrays so (`rules.volet.labels`).
 * - URL_OBJECT_ITERATED: `...`, `for (… of …)` or `Array.from(` right before
 *   `new URLSearchParams|FormData|Headers` (`Array.from` of one silently gives `[]`).
 * - URL_ITERATOR_CALL: `.keys()`, `.values()` or `.entries()` on `searchParams` or on a
 *   `URLSearchParams|FormData|Headers(…)` call (`[...new URLSearchParams(q).keys()]`, the fault of
 *   issue 16): their iterators are wrapped the same way.
 * - SEARCH_PARAMS_ARRAY_FROM: `Array.from(… .searchParams)`, empty under the wrappers.
 * Not caught: such an object held in a variable of another name (`const p = url.searchParams;
 * [...p]`); the Firefox simulation in sisiao-detect-isolation.test.ts covers the detector there.
 */

const COLLECTIONS = [
  'querySelectorAll',
  'getElementsBy(?:TagName(?:NS)?|ClassName|Name)',
  'getClientRects',
  'children',
  'childNodes',
  'options',
  'selectedOptions',
  'files',
  'rows',
  'cells',
  'tBodies',
  'attributes',
  'classList',
  'addedNodes',
  'removedNodes',
  'searchParams',
].join('|');
// `el`, `(el as HTMLSelectElement)`, `root?.parentElement`, `el.closest('form')`: a member chain.
const CHAIN = String.raw`\(*\s*[\w$]+(?:\s+as\s+[\w$.<>]+)?\s*\)*(?:\s*\??\.\s*[\w$]+(?:\([^()]*\))?)*?`;
const URL_OBJECT = String.raw`(?:URLSearchParams|FormData|Headers)`;

const PATTERNS: Record<string, RegExp> = {
  DOM_COLLECTION_ITERATED: new RegExp(
    String.raw`(?:\.\.\.|\bof\s)\s*${CHAIN}\s*\??\.\s*(?:${COLLECTIONS})\b`,
  ),
  URL_OBJECT_ITERATED: new RegExp(
    String.raw`(?:\.\.\.|\bof\s|\bArray\.from\()\s*\(?\s*new\s+${URL_OBJECT}\b`,
  ),
  URL_ITERATOR_CALL: new RegExp(
    String.raw`(?:\bsearchParams|\b${URL_OBJECT}\s*\((?:[^()]|\([^()]*\))*\))\s*\??\.\s*(?:keys|values|entries)\s*\(`,
  ),
  SEARCH_PARAMS_ARRAY_FROM: new RegExp(
    String.raw`\bArray\.from\(\s*${CHAIN}\s*\??\.\s*searchParams\b`,
  ),
};

/** Source without comments, so a comment that quotes the fault does not trip the scan. */
function code(file: string, text: string): string {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, kind);
  return ts.createPrinter({ removeComments: true }).printFile(source);
}

/** The patterns a piece of source breaks, with the line that breaks each. */
function faults(file: string, text: string): string[] {
  const out: string[] = [];
  const stripped = code(file, text);
  for (const [name, re] of Object.entries(PATTERNS)) {
    const all = new RegExp(re.source, 'g');
    for (const m of stripped.matchAll(all)) {
      const line = stripped.slice(0, m.index).split('\n').length;
      const shown = stripped.split('\n')[line - 1]?.trim() ?? '';
      out.push(`${name}: ${shown}`);
    }
  }
  return out;
}

const ROOT = process.cwd();

/**
 * The entrypoints whose code runs beside a page: content scripts and unlisted scripts (injected by
 * `scripting.executeScript`, so in the same isolated world), found by what they define.
 */
function pageSideEntrypoints(): string[] {
  return readdirSync(join(ROOT, 'entrypoints')).flatMap((name) => {
    const path = /\.tsx?$/.test(name) ? `entrypoints/${name}` : `entrypoints/${name}/index.ts`;
    let text: string;
    try {
      text = readFileSync(join(ROOT, path), 'utf8');
    } catch {
      return [];
    }
    return /\bdefine(?:ContentScript|UnlistedScript)\(/.test(text) ? [path] : [];
  });
}

// Folders scanned whole as well: code there may be imported by a content script tomorrow.
const FOLDERS = [
  'utils/sites',
  'utils/core',
  'entrypoints/sisiao.content',
  'entrypoints/kb.content',
];

function tsFilesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return tsFilesUnder(path);
    return /\.tsx?$/.test(name) && !/\.d\.ts$/.test(name) ? [path] : [];
  });
}

function resolveImport(from: string, spec: string): string | null {
  const base = join(dirname(from), spec);
  for (const path of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    try {
      if (statSync(join(ROOT, path)).isFile()) return path;
    } catch {
      // Not this form of the path.
    }
  }
  return null;
}

/** Every project file the entrypoints import, directly or not. */
function importClosure(entries: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(join(ROOT, file), 'utf8');
    for (const m of text.matchAll(/(?:from\s+|import\s*\(?\s*)'(\.{1,2}\/[^']+)'/g)) {
      const target = resolveImport(file, m[1] as string);
      if (target) queue.push(target);
    }
  }
  return [...seen];
}

describe('content-script sources never iterate DOM or URL objects directly', () => {
  it('flags the faulty forms and lets the safe ones through', () => {
    const bad = [
      // The fault of issue 16, as it stood in sanitizePageUrl.
      "const keysOnly = (query: string) => [...new URLSearchParams(query).keys()].map((k) => `${encodeURIComponent(k)}=`).join('&');",
      'const all = [...url.searchParams];',
      'for (const [k, v] of u.searchParams) use(k, v);',
      'const keys = Array.from(u.searchParams.keys());',
      'const pairs = Array.from(new URLSearchParams(q));',
      'const n = Array.from(url.searchParams);',
      "const links = [...document.querySelectorAll('a')];",
      "const links = [...(root?.querySelectorAll<HTMLAnchorElement>('a[href]') ?? [])];",
      "for (const a of doc.querySelectorAll(\n  'a, p',\n)) a.remove();",
      'const kids = [...el.children];',
      'for (const n of el.childNodes) walk(n);',
      'const o = [...(el as HTMLSelectElement).options];',
      "const rows = [...el.closest('table').rows];",
      'for (const f of input.files ?? []) add(f);',
      'for (const [k, v] of new FormData(form)) add(k, v);',
    ];
    for (const line of bad) expect(faults('bad.ts', line), line).not.toEqual([]);
    const good = [
      'const pairs = queryPairs(u.searchParams);',
      "const links = Array.from(document.querySelectorAll('a'));",
      'for (const el of Array.from(el.children)) use(el);',
      "for (const el of queryAll(body, 'a', 10)) use(el);",
      'const distinct = [...new Set(values)];',
      'for (const [k, v] of Object.entries(map)) use(k, v);',
      'const groups = [...byDay.values()];',
      '// [...url.searchParams] throws in Firefox',
      '/** `for (const n of el.childNodes)` is what not to write. */ const x = 1;',
    ];
    for (const line of good) expect(faults('good.ts', line), line).toEqual([]);
  });

  it('finds no such iteration in what the content scripts bundle', () => {
    const entries = pageSideEntrypoints();
    expect(entries).toEqual(
      expect.arrayContaining([
        'entrypoints/kb.content/index.ts',
        'entrypoints/sisiao-main.content.ts',
        'entrypoints/sisiao.content/index.ts',
      ]),
    );
    const closure = importClosure(entries);
    // The closure must reach the detector, or the scan would prove nothing about it.
    expect(closure).toContain('utils/sites/sisiao/url-facts.ts');
    expect(closure).toContain('utils/sites/kb/fill.ts');
    const files = [...new Set([...closure, ...FOLDERS.flatMap(tsFilesUnder)])].sort();
    const found = files.flatMap((file) =>
      faults(file, readFileSync(join(ROOT, file), 'utf8')).map((f) => `${file}: ${f}`),
    );
    expect(found).toEqual([]);
  });
});
