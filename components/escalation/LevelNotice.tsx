import type { LevelGuidance } from '../../utils/core/escalation/level';
import { say, t } from '../../utils/i18n';

/** Level guidance: escalate an anomaly, answer a how-to question with an article. */
export function LevelNotice({ guidance }: { guidance: LevelGuidance | null }) {
  if (!guidance || guidance.kind === 'indetermine') return null;
  const one = guidance.level === 1;
  return (
    <div
      className={`ars-notice ${one ? 'ars-ok' : 'ars-warn'}`}
      data-testid="level"
      data-level={guidance.level}
    >
      <strong>{one ? t('level1Title') : t('level2Title')}</strong>
      <p style={{ margin: '4px 0 0' }}>{say(guidance.explanation)}</p>
    </div>
  );
}
