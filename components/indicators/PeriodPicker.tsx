import { useEffect, useState } from 'react';
import { isDayKey, type DayKey } from '../../utils/core/calls/calendar';
import { presetRange, type DayRange, type PeriodPreset } from '../../utils/core/calls/period';
import { t, type MessageKey } from '../../utils/i18n';

/** The chosen range, today (for presets), and where a valid new range goes. */
export interface PeriodPickerProps {
  value: DayRange;
  today: DayKey;
  onChange: (range: DayRange) => void;
}

const PRESET_KEYS: Record<PeriodPreset, MessageKey> = {
  'last-7-days': 'indPresetLast7Days',
  'last-30-days': 'indPresetLast30Days',
  'this-month': 'indPresetThisMonth',
  'last-month': 'indPresetLastMonth',
  'this-year': 'indPresetThisYear',
};
const PRESETS = Object.keys(PRESET_KEYS) as PeriodPreset[];

/**
 * Two dates (both included) and a few usual periods. A half-typed or inverted range stays in the
 * fields with a message and is not sent up, so the figures never flash to an invalid period.
 */
export function PeriodPicker({ value, today, onChange }: PeriodPickerProps) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);

  const valid = isDayKey(draft.firstDay) && isDayKey(draft.lastDay);
  const inverted = valid && draft.firstDay > draft.lastDay;

  const edit = (next: DayRange) => {
    setDraft(next);
    if (isDayKey(next.firstDay) && isDayKey(next.lastDay) && next.firstDay <= next.lastDay) {
      onChange(next);
    }
  };

  return (
    <fieldset className="ars-period">
      <legend>{t('indPeriod')}</legend>
      <div className="ars-row">
        <label>
          {t('indFrom')}
          <input
            type="date"
            value={draft.firstDay}
            max={today}
            onChange={(e) => edit({ ...draft, firstDay: e.target.value })}
          />
        </label>
        <label>
          {t('indTo')}
          <input
            type="date"
            value={draft.lastDay}
            onChange={(e) => edit({ ...draft, lastDay: e.target.value })}
          />
        </label>
      </div>
      {inverted && (
        <p className="ars-notice ars-warn" role="alert">
          {t('indInverted')}
        </p>
      )}
      <div className="ars-row" role="group" aria-label={t('indPresets')}>
        {PRESETS.map((preset) => {
          const range = presetRange(preset, today);
          const current = range.firstDay === value.firstDay && range.lastDay === value.lastDay;
          return (
            <button
              key={preset}
              type="button"
              className="ars-secondary"
              aria-pressed={current}
              onClick={() => edit(range)}
            >
              {t(PRESET_KEYS[preset])}
            </button>
          );
        })}
      </div>
    </fieldset>
  );
}
