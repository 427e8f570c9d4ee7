import { createContext } from 'react';
import type { KbHit } from '../../utils/core/search/kb-index';

/**
 * What the suggestions tell about their use, for the search to learn from it: the page that shows
 * them provides it (the side panel's main.tsx), the components only report. Without a provider
 * nothing is reported.
 */
export interface SearchUse {
  /** Suggestions shown for `query`; `typed` when the referent typed it (not a draft's text). */
  shown(query: string, slugs: readonly string[], typed: boolean): void;
  /** A suggestion opened or its answer copied. */
  picked(query: string, hit: KbHit): void;
}

export const SearchUseContext = createContext<SearchUse | null>(null);
