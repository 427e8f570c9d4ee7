/**
 * Budgets of `npm run bench`, as data. A `size` budget over its maximum fails the command (builds
 * are deterministic); a `timing` budget only prints a miss (machines are noisy). Sizes are gzip
 * level 9 bytes of the production build; 1 KB = 1024 bytes. Targets that a benchmark sets itself
 * (search, duplicates, detection: from their issues) stay in those benchmarks.
 */
export interface Budget {
  max: number;
  unit: 'bytes' | 'ms';
  kind: 'size' | 'timing';
}

const KB = 1024;

export const BUDGETS: Readonly<Record<string, Budget>> = {
  // Issue 3: the SI SIAO content script runs on every page of an application used all day; 15 KB
  // leaves room for detection, breadcrumbs and masking, not for a validation library.
  'size.sisiao-content': { max: 15 * KB, unit: 'bytes', kind: 'size' },
  // Runs in the page's own world at document_start to see its fetch/XHR: it must stay a tiny hook
  // (1.2 KB today; TESTING.md measured 1.6 KB for a tiny content script).
  'size.sisiao-main': { max: 2 * KB, unit: 'bytes', kind: 'size' },
  // Runs only on the knowledge base (form, suggestions, articles). No issue sets a number: 54 KB
  // (zod included) plus ~10 %, so any growth is a decision; lower it when zod goes. Raised once, by
  // decision, to 64 KB (59.9 KB measured) for issue 18: the form pinned to the national HubSpot
  // portal, the configured mapping applied on the form page, and the UI's closed shadow roots.
  'size.kb-content': { max: 64 * KB, unit: 'bytes', kind: 'size' },
  // Issue 4 asks for the figure without a number: React (~60 KB) + zod + the panel, 163 KB, plus
  // ~10 %. Raised once, by decision, to 200 KB (189 KB measured): issue 16 brought the form's own
  // nomenclature (reading, merging, mapping by meaning, carrying a choice over) and issue 15 the
  // redaction of what a page sends and the proof on the capture's pixels. The xlsx export is
  // loaded on demand and not counted.
  'size.sidepanel': { max: 200 * KB, unit: 'bytes', kind: 'size' },
  // Parsed each time the service worker wakes: 87 KB plus ~10 %, raised once, by decision, to 112
  // KB (104 KB measured) for the observed nomenclature's store and merge (issue 16), the sender
  // contexts (issue 18) and the history's redaction on the way in (issue 15).
  'size.background': { max: 112 * KB, unit: 'bytes', kind: 'size' },
  // RAIL's « load » bound: the panel is useful within a second of being opened.
  'timing.panel-first-render': { max: 1000, unit: 'ms', kind: 'timing' },
  // RAIL's « response » bound for a task the person waits on: the form is ready to review in 1 s.
  'timing.form-fill': { max: 1000, unit: 'ms', kind: 'timing' },
  // Capture, masking, encoding and storing behind one click: done within a second.
  'timing.click-to-thumbnail': { max: 1000, unit: 'ms', kind: 'timing' },
};
