import { fold } from '../text/french';

/** What a search session ends in: the stores behind them are the caller's. */
export interface SessionActions {
  /** A typed search ended, or settled, with no suggestion opened or copied. */
  unanswered(query: string): void;
  /** A suggestion of `query` was opened or copied. */
  answered(query: string, slug: string): void;
  /** A search counted as unanswered was answered after all. */
  takeBack(query: string): void;
}

type Timers = {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
};

/** A search looked at this long without an answer counts as one, even if the panel stays open. */
export const SETTLE_MS = 20_000;

type Session = {
  query: string;
  typed: boolean;
  recorded: boolean;
  picked: boolean;
  timer?: unknown;
};

/** Still the same search while one text extends the other: the referent typing or correcting. */
function sameSearch(a: string, b: string): boolean {
  const [x, y] = [fold(a), fold(b)];
  return x.startsWith(y) || y.startsWith(x);
}

/**
 * Follows the searches of one page and decides which had no answer: a typed search is unanswered
 * when it gives way to a different one, is cleared, the page goes, or it stays SETTLE_MS on
 * screen, with no suggestion opened or copied; opening one later takes that back. Opening or
 * copying a suggestion is reported as an answer, typed search or a draft's text alike.
 */
export function searchSession(
  actions: SessionActions,
  settleMs = SETTLE_MS,
  timers: Timers = {
    set: (run, ms) => setTimeout(run, ms),
    clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
  },
) {
  let cur: Session | null = null;
  const settle = (s: Session) => {
    if (s.timer !== undefined) timers.clear(s.timer);
    s.timer = undefined;
    if (!s.picked && !s.recorded && s.typed) {
      s.recorded = true;
      actions.unanswered(s.query);
    }
  };
  const arm = (s: Session) => {
    if (s.timer !== undefined) timers.clear(s.timer);
    s.timer = s.picked || s.recorded ? undefined : timers.set(() => settle(s), settleMs);
  };
  const end = () => {
    if (cur) settle(cur);
    cur = null;
  };
  return {
    shown(query: string, _slugs: readonly string[], typed: boolean): void {
      const q = query.trim();
      if (cur && q && sameSearch(cur.query, q)) {
        [cur.query, cur.typed] = [q, typed];
        arm(cur);
        return;
      }
      end();
      if (q.length < 3) return;
      cur = { query: q, typed, recorded: false, picked: false };
      arm(cur);
    },
    picked(query: string, hit: { slug: string }): void {
      actions.answered(query, hit.slug);
      if (!cur || !sameSearch(cur.query, query.trim())) return;
      if (cur.recorded) actions.takeBack(cur.query);
      cur.picked = true;
      cur.recorded = false;
      arm(cur);
    },
    /** The page goes: the search on screen ends. */
    end,
  };
}
