import { describe, expect, it } from 'vitest';
import { planActions, type PanelSituation } from '../../utils/core/panel/next-action';

const base: PanelSituation = {
  hasDraft: true,
  level1Answer: false,
  duplicateBlocked: false,
};

describe('planActions', () => {
  it('offers nothing without a draft', () => {
    expect(planActions({ ...base, hasDraft: false })).toEqual({ primary: null, secondary: [] });
  });
  it('puts « Préparer l’escalade » first for an anomaly, the capture beside it', () => {
    expect(planActions(base)).toEqual({ primary: 'prepare', secondary: ['capture'] });
  });
  it('puts the level-1 answer first for a how-to question, escalation still possible', () => {
    expect(planActions({ ...base, level1Answer: true })).toEqual({
      primary: 'copy-answer',
      secondary: ['capture', 'prepare'],
    });
  });
  it('shows the existing ticket instead of preparing when the duplicate guard blocks', () => {
    const plan = planActions({ ...base, duplicateBlocked: true, level1Answer: true });
    expect(plan.primary).toBe('see-duplicate');
    expect([plan.primary, ...plan.secondary]).not.toContain('prepare');
  });
});
