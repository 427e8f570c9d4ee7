import { useEffect, useState } from 'react';
import { isDayKey, type DayKey } from '../../utils/core/calls/calendar';
import {
  PERIOD_PRESET_LABELS,
  presetRange,
  type DayRange,
  type PeriodPreset,
} from '../../utils/core/calls/period';

/** The chosen range, today (for presets), and where a valid new range goes. */
export interface PeriodPickerProps {
  value: DayRange;
  today: DayKey;
  onChange: (range: DayRange) => void;
}

const PRESETS = Object.keys(PERIOD_PRESET_LABELS) as PeriodPreset[];

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
      <legend>Période</legend>
      <div className="ars-row">
        <label>
          Du
          <input
            type="date"
            value={draft.firstDay}
            max={today}
            onChange={(e) => edit({ ...draft, firstDay: e.target.value })}
          />
        </label>
        <label>
          Au (inclus)
          <input
            type="date"
            value={draft.lastDay}
            onChange={(e) => edit({ ...draft, lastDay: e.target.value })}
          />
        </label>
      </div>
      {inverted && (
        <p className="ars-notice ars-warn" role="alert">
          La date de début est après la date de fin.
        </p>
      )}
      <div className="ars-row" role="group" aria-label="Périodes usuelles">
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
              {PERIOD_PRESET_LABELS[preset]}
            </button>
          );
        })}
      </div>
    </fieldset>
  );
}
