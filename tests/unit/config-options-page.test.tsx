import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsPage, type OptionsPageProps } from '../../components/options/OptionsPage';
import { DEFAULT_CONFIG } from '../../utils/config';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  document.body.innerHTML = '';
});

function render(overrides: Partial<OptionsPageProps> = {}) {
  const props: OptionsPageProps = {
    config: DEFAULT_CONFIG,
    defaults: DEFAULT_CONFIG,
    lockedKeys: [],
    notice: null,
    managedErrors: [],
    missingPermission: [],
    onChange: vi.fn(async () => []),
    onReset: vi.fn(),
    onAddAddress: vi.fn(async (input: string) => ({ ok: true as const, origin: input })),
    onRemoveAddress: vi.fn(async (origin: string) => ({ ok: true as const, origin })),
    onExport: vi.fn(),
    onImport: vi.fn(async () => ({ ok: true as const, warnings: [] })),
    onDismissNotice: vi.fn(),
    ...overrides,
  };
  const el = document.createElement('div');
  document.body.append(el);
  root = createRoot(el);
  act(() => root?.render(<OptionsPage {...props} />));
  return { el, props };
}

describe('options page', () => {
  it('shows every section, each setting with its default and a reset button', () => {
    const { el } = render();
    const titles = [...el.querySelectorAll('h2')].map((h) => h.textContent);
    expect(titles).toEqual([
      'Langue',
      'Adresses',
      'Détection',
      'Formulaire',
      'Nomenclature',
      'Mode de masquage des captures',
      'Masquage',
      'Réponses types',
      'Historique et données',
      'Base de connaissances',
      'Configuration',
    ]);
    expect(el.textContent).toContain('Par défaut : 180');
    expect(el.textContent).toContain(
      'Par défaut : https://basedeconnaissances.sisiao.dihal.gouv.fr',
    );
    const resets = [...el.querySelectorAll('button')].filter(
      (b) => b.textContent === 'Rétablir la valeur par défaut',
    );
    // language, 2 addresses, the masking mode, 5 JSON sections, 3 data fields.
    expect(resets).toHaveLength(12);
  });

  it('offers strict masking by default and saves « ciblé » in the masking section', async () => {
    const { el, props } = render();
    const select = el.querySelector('#masking-mode') as HTMLSelectElement;
    expect(select.value).toBe('strict');
    select.value = 'cible';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await Promise.resolve();
    expect(props.onChange).toHaveBeenCalledWith('masking', { mode: 'cible' });
  });

  it('labels every control', () => {
    const { el } = render();
    for (const control of el.querySelectorAll('input, select, textarea')) {
      const id = control.getAttribute('id');
      const labelled =
        control.getAttribute('aria-label') ||
        (id && el.querySelector(`label[for="${id}"]`)) ||
        control.closest('label');
      expect(labelled, control.outerHTML.slice(0, 80)).toBeTruthy();
    }
  });

  it('shows locked keys as set by the administrator, disabled, without reset', () => {
    const { el } = render({ lockedKeys: ['nomenclature', 'addresses.knowledgeBase'] });
    expect(el.querySelector<HTMLTextAreaElement>('#nomenclature-json')?.disabled).toBe(true);
    expect(el.querySelector<HTMLInputElement>('#kb-origin')?.disabled).toBe(true);
    expect(el.querySelector<HTMLInputElement>('#sisiao-new')?.disabled).toBe(false);
    expect(el.querySelectorAll('[role="note"]')).toHaveLength(2);
    expect(el.textContent).toContain('Défini par votre administrateur');
  });

  it('lists the errors of a refused JSON section in French', async () => {
    const onChange = vi.fn(async () => ['data.historyRetentionDays : nombre attendu']);
    const { el } = render({ onChange });
    const save = el.querySelector('#donnees form button[type="submit"]') as HTMLButtonElement;
    await act(async () => save.click());
    expect(onChange).toHaveBeenCalledWith('data.historyRetentionDays', 180);
    expect(el.querySelector('[role="alert"]')?.textContent).toContain(
      'data.historyRetentionDays : nombre attendu',
    );
  });

  it('asks to add an address from the click itself', async () => {
    const onAddAddress = vi.fn(async (input: string) => ({ ok: true as const, origin: input }));
    const { el } = render({ onAddAddress });
    const input = el.querySelector('#sisiao-new') as HTMLInputElement;
    await act(async () => {
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      setter?.call(input, 'https://formation.sisiao.example.fr');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const add = [...el.querySelectorAll('button')].find(
      (b) => b.textContent === 'Ajouter',
    ) as HTMLButtonElement;
    await act(async () => add.click());
    expect(onAddAddress).toHaveBeenCalledWith('https://formation.sisiao.example.fr');
  });

  it('switches to English with the language setting', () => {
    const { el } = render({ config: { ...DEFAULT_CONFIG, language: 'en' } });
    expect(el.querySelector('h1')?.textContent).toBe('Options — SI SIAO referent assistant');
  });
});
