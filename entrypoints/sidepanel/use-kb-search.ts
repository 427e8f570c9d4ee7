import { useEffect, useRef, useState } from 'react';
import type { KbHit, KbIndex } from '../../utils/core/search/kb-index';
import { EMPTY_LEARNED, type Learned } from '../../utils/core/search/learned';
import { loadKbIndex } from '../../utils/ext/storage/kb-store';
import { readLearned, watchLearned } from '../../utils/ext/storage/search-use-store';

const DEBOUNCE_MS = 150;
const WARM_UP_DELAY_MS = 1500;

export interface KbSearch {
  hits: KbHit[];
  status: 'idle' | 'ready' | 'no-index';
  /** The query these hits answer: the box may already hold a newer one (debounce). */
  query: string;
}

/**
 * Searches the local index as the referent types: debounced, and a slower older search never
 * overwrites a newer one. The index is read from IndexedDB (built by the background) and kept.
 * Articles opened or copied before for a like query rank a little higher (bounded, learned.ts).
 */
export function useKbSearch(query: string, categories: readonly string[]): KbSearch {
  const [state, setState] = useState<KbSearch>({ hits: [], status: 'idle', query: '' });
  const index = useRef<KbIndex | null>(null);
  const seq = useRef(0);
  const boostKey = categories.join(',');
  // What referents opened for such queries before (learned.ts); read once, then kept current.
  const learned = useRef<Learned>(EMPTY_LEARNED);
  useEffect(() => {
    void readLearned()
      .then((l) => (learned.current = l))
      .catch(() => undefined);
    return watchLearned((l) => (learned.current = l));
  }, []);

  // Load and warm the index once the panel has settled, so the first keystrokes are as fast as
  // the later ones (the first searches of a page are several times slower: JIT, cold caches).
  useEffect(() => {
    const timer = setTimeout(() => {
      void loadKbIndex()
        .then((loaded) => {
          if (!loaded || index.current) return;
          loaded.warmUp();
          index.current ??= loaded;
        })
        .catch(() => undefined);
    }, WARM_UP_DELAY_MS);
    return () => clearTimeout(timer);
  }, []);

  useEffect(() => {
    const mine = ++seq.current;
    const timer = setTimeout(async () => {
      index.current ??= await loadKbIndex().catch(() => null);
      if (mine !== seq.current) return; // a newer keystroke won
      const q = query.trim();
      if (!index.current) {
        setState({ hits: [], status: 'no-index', query: q });
        return;
      }
      const hits = q
        ? index.current.search(q, {
            limit: 5,
            prefix: true,
            boost: boostKey ? { categories: boostKey.split(',') } : undefined,
            learned: { pairs: learned.current, now: Date.now() },
          })
        : [];
      setState({ hits, status: 'ready', query: q });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query, boostKey]);

  return state;
}
