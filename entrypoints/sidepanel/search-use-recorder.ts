import type { SearchUse } from '../../components/kb/search-use';
import { searchSession } from '../../utils/core/search/search-session';
import {
  learnUse,
  noteUnanswered,
  takeBackUnanswered,
} from '../../utils/ext/storage/search-use-store';

const warn = (what: string) => (err: unknown) => console.warn(`[ars] ${what}`, err);

/**
 * The side panel's SearchUse: suggestions opened or copied teach the search (learned.ts), typed
 * searches left without an answer are kept for the options page (unanswered.ts). Provided once
 * in main.tsx; the page going away ends the search on screen.
 */
export function panelSearchUse(): SearchUse {
  const session = searchSession({
    unanswered: (q) => void noteUnanswered(q).catch(warn('unanswered search')),
    answered: (q, slug) => void learnUse(q, slug).catch(warn('learned pair')),
    takeBack: (q) => void takeBackUnanswered(q).catch(warn('unanswered search')),
  });
  addEventListener('pagehide', session.end);
  return session;
}
