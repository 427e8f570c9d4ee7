import { nextId, type Step } from '../../utils/core/escalation/model';
import { t } from '../../utils/i18n';

interface Props {
  steps: Step[];
  onChange(steps: Step[]): void;
}

/** Numbered, editable, reorderable steps; every control reachable and named for the keyboard. */
export function StepsEditor({ steps, onChange }: Props) {
  const move = (i: number, by: number) => {
    const next = [...steps];
    const [item] = next.splice(i, 1);
    if (item) next.splice(i + by, 0, item);
    onChange(next);
  };
  return (
    <div>
      {steps.length === 0 && <p className="ars-muted">{t('noSteps')}</p>}
      <ol className="ars-steps" data-testid="steps">
        {steps.map((step, i) => (
          <li key={step.id} className="ars-row">
            <label className="ars-visually-hidden" htmlFor={`ars-step-${step.id}`}>
              {t('stepLabel', { n: i + 1 })}
            </label>
            <input
              id={`ars-step-${step.id}`}
              value={step.text}
              style={{ flex: 1 }}
              onChange={(e) =>
                onChange(steps.map((s) => (s.id === step.id ? { ...s, text: e.target.value } : s)))
              }
            />
            <button
              type="button"
              className="ars-icon"
              aria-label={t('moveUp', { n: i + 1 })}
              disabled={i === 0}
              onClick={() => move(i, -1)}
            >
              ↑
            </button>
            <button
              type="button"
              className="ars-icon"
              aria-label={t('moveDown', { n: i + 1 })}
              disabled={i === steps.length - 1}
              onClick={() => move(i, 1)}
            >
              ↓
            </button>
            <button
              type="button"
              className="ars-icon"
              aria-label={t('removeStep', { n: i + 1 })}
              onClick={() => onChange(steps.filter((s) => s.id !== step.id))}
            >
              ✕
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="ars-secondary"
        onClick={() => onChange([...steps, { id: nextId('s', steps), text: '' }])}
      >
        {t('addStep')}
      </button>
    </div>
  );
}
