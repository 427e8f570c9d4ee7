import type { ReactNode } from 'react';
import type { ActionPlan, PanelAction } from '../../utils/core/panel/next-action';
import { t } from '../../utils/i18n';

export interface ActionBarProps {
  plan: ActionPlan;
  /** The article whose answer « Copier la réponse » copies. */
  answerTitle: string | null;
  prepare: { busy: boolean; blocked: boolean };
  captureBusy: boolean;
  /** Feedback of the last action (prepared, copied, an error), announced politely. */
  feedback: ReactNode;
  onAction(action: PanelAction): void;
}

const IDS: Record<PanelAction, string> = {
  'copy-answer': 'ars-bar-copy',
  capture: 'ars-bar-capture',
  // The id the journeys and the demo have always clicked.
  prepare: 'ars-prepare',
  'see-duplicate': 'ars-bar-duplicate',
};

function label(action: PanelAction, p: ActionBarProps): string {
  switch (action) {
    case 'copy-answer':
      return t('barCopyAnswer');
    case 'capture':
      return p.captureBusy ? t('shotsCapturingVisible') : t('shotsCaptureVisible');
    case 'see-duplicate':
      return t('barSeeDuplicate');
    case 'prepare':
      if (p.prepare.busy) return t('preparing');
      return p.prepare.blocked ? t('prepareBlocked') : t('prepareEscalation');
  }
}

/**
 * The panel's next action, kept at the bottom of the window whatever the scroll: a person beside
 * the SI SIAO reaches it without scrolling past every section (issue 21).
 */
export function ActionBar(p: ActionBarProps) {
  const { primary, secondary } = p.plan;
  if (!primary) return null;
  const button = (action: PanelAction, main: boolean) => (
    <button
      key={action}
      type="button"
      id={IDS[action]}
      className={main ? 'ars-primary' : 'ars-secondary'}
      disabled={
        (action === 'prepare' && (p.prepare.busy || p.prepare.blocked)) ||
        (action === 'capture' && p.captureBusy)
      }
      title={action === 'copy-answer' && p.answerTitle ? p.answerTitle : undefined}
      onClick={() => p.onAction(action)}
    >
      {label(action, p)}
    </button>
  );
  return (
    <section
      className="ars-actionbar"
      aria-label={t('actionsLabel')}
      data-testid="action-bar"
      data-next={primary}
    >
      <div aria-live="polite">{p.feedback}</div>
      {primary === 'copy-answer' && p.answerTitle && (
        <p className="ars-status ars-actionbar-about">{p.answerTitle}</p>
      )}
      <div className="ars-row">
        {button(primary, true)}
        {secondary.map((a) => button(a, false))}
      </div>
    </section>
  );
}
