import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IndicatorsView } from '../../components/indicators/IndicatorsView';
import { PeriodPicker } from '../../components/indicators/PeriodPicker';
import { computeIndicators } from '../../utils/core/calls/indicators';
import { periodOfDays, type DayRange } from '../../utils/core/calls/period';
import { call, GESTION_DEMANDE, TZ } from './calls-fixtures';

// React's act() warns unless the environment says it supports it.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const RANGE: DayRange = { firstDay: '2025-09-01', lastDay: '2025-09-30' };
let root: Root | null = null;

function mount(node: React.ReactNode): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root!.render(node));
  return host;
}

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
});

describe('IndicatorsView', () => {
  const entries = [
    call('2025-09-02T09:00', 6, { motif: GESTION_DEMANDE }),
    call('2025-09-03T09:00', 10, { outcome: { kind: 'escalade', ticket: '1' } }),
  ];
  const indicators = computeIndicators(entries, periodOfDays(RANGE, TZ), { timeZone: TZ });

  it('shows the figures as a table, a text alternative per chart, and emits exports', () => {
    // Chart drawing is not under test here (no canvas in happy-dom): keep its errors quiet.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const onExport = vi.fn();
    const host = mount(
      <IndicatorsView
        range={RANGE}
        today="2025-09-30"
        indicators={indicators}
        departement="75"
        problem={null}
        exporting={null}
        exportError={null}
        onRangeChange={() => undefined}
        onDepartementChange={() => undefined}
        onExport={onExport}
      />,
    );
    const summary = host.querySelector('[data-testid="indicators-summary"]')!;
    // French number formats use narrow no-break spaces: compare with plain ones.
    const cells = [...summary.querySelectorAll('tr')].map((tr) =>
      tr.textContent?.replace(/\s/g, ' '),
    );
    expect(cells).toEqual([
      'Nombre d’appels2',
      'Durée médiane8 min',
      'Durée moyenne8 min',
      'Taux d’escalade50 % (1)',
    ]);
    const descriptions = [...host.querySelectorAll('.ars-chart-desc')].map((p) => p.textContent);
    expect(descriptions[0]).toMatch(/^Appels par jour : 2 appels sur 30 jours/);
    const buttons = [...host.querySelectorAll('button')];
    act(() => buttons.find((b) => b.textContent === 'Exporter (.xlsx)')!.click());
    act(() => buttons.find((b) => b.textContent === 'Exporter (.csv)')!.click());
    expect(onExport.mock.calls).toEqual([['xlsx'], ['csv']]);
  });
});

describe('PeriodPicker', () => {
  it('sends presets up, keeps an inverted range to itself with a message', () => {
    const onChange = vi.fn();
    const host = mount(<PeriodPicker value={RANGE} today="2025-09-30" onChange={onChange} />);
    const lastMonth = [...host.querySelectorAll('button')].find(
      (b) => b.textContent === 'Le mois dernier',
    )!;
    act(() => lastMonth.click());
    expect(onChange).toHaveBeenLastCalledWith({ firstDay: '2025-08-01', lastDay: '2025-08-31' });
    // The parent did not change the value: September 1-30 seen from the 30th is two presets.
    const pressed = [...host.querySelectorAll('[aria-pressed="true"]')].map((b) => b.textContent);
    expect(pressed).toEqual(['30 derniers jours', 'Ce mois-ci']);

    onChange.mockClear();
    const from = host.querySelector<HTMLInputElement>('input[type="date"]')!;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    act(() => {
      setValue.call(from, '2025-10-05');
      from.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(host.querySelector('[role="alert"]')?.textContent).toMatch(/début est après/);
    expect(onChange).not.toHaveBeenCalled();
  });
});
