import type { CompletenessItem } from '../../utils/core/escalation/completeness';
import { say, t } from '../../utils/i18n';

/** What is missing before escalating: blocking items first, then advice. */
export function Checklist({ items }: { items: readonly CompletenessItem[] }) {
  const blocked = items.some((i) => i.severity === 'block');
  return (
    <section className="ars-card" aria-labelledby="ars-checklist-title" data-testid="checklist">
      <h2 id="ars-checklist-title">{t('checklistTitle')}</h2>
      {items.length === 0 ? (
        <p className="ars-notice ars-ok">{t('checklistOk')}</p>
      ) : (
        <ul className="ars-plain">
          {items.map((item) => (
            <li
              key={`${item.code}-${item.field}`}
              className={`ars-check-item ars-${item.severity}`}
              data-code={item.code}
            >
              <strong>{item.severity === 'block' ? t('mustFix') : t('shouldFix')}</strong> —{' '}
              {say(item.message)}
            </li>
          ))}
        </ul>
      )}
      {blocked && <p className="ars-muted">{t('blockedExplain')}</p>}
    </section>
  );
}
