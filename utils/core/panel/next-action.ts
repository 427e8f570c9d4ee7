/**
 * What the side panel's action bar offers, from where the referent stands: the next action first
 * (it stays in reach without scrolling), the others after. Pure, so each situation is tested.
 */

/** An action of the bar; `prepare` is disabled while the checklist blocks it. */
export type PanelAction = 'copy-answer' | 'capture' | 'prepare' | 'see-duplicate';

export interface PanelSituation {
  /** A draft on a recognised SI SIAO page. */
  hasDraft: boolean;
  /** The question is answered at level 1 (a how-to), and an article is suggested. */
  level1Answer: boolean;
  /** The same problem was already escalated and nothing justifies a new one. */
  duplicateBlocked: boolean;
}

export interface ActionPlan {
  /** The next action, shown as the primary button. */
  primary: PanelAction | null;
  /** Other actions, in the referent's order. */
  secondary: PanelAction[];
}

/** The bar for a situation: copy at level 1, the existing ticket when blocked, else prepare. */
export function planActions(s: PanelSituation): ActionPlan {
  if (!s.hasDraft) return { primary: null, secondary: [] };
  if (s.duplicateBlocked) return { primary: 'see-duplicate', secondary: ['capture'] };
  if (s.level1Answer) return { primary: 'copy-answer', secondary: ['capture', 'prepare'] };
  return { primary: 'prepare', secondary: ['capture'] };
}
