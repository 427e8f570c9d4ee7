import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SearchUseContext, type SearchUse } from '../../components/kb/search-use';
import { Suggestions } from '../../components/kb/Suggestions';
import { UnansweredSection } from '../../components/options/UnansweredSection';
import { optionsText } from '../../components/options/text';
import type { KbHit } from '../../utils/core/search/kb-index';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
});
function render(node: React.ReactNode): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root?.render(node));
  return host;
}

describe('« Recherches sans réponse » in the options', () => {
  it('lists the searches, suggests an article for one and clears after confirming', () => {
    const onSuggest = vi.fn();
    const onClear = vi.fn();
    const items = [
      { key: 'blanch page', text: 'page blanche', count: 3, last: 0 },
      { key: 'orang bandeau', text: 'bandeau orange', count: 1, last: 0 },
    ];
    const host = render(
      <UnansweredSection
        items={items}
        onSuggest={onSuggest}
        onClear={onClear}
        t={optionsText('fr')}
      />,
    );
    expect(host.textContent).toContain('« page blanche » 3 fois');
    act(() => host.querySelector<HTMLButtonElement>('li button')?.click());
    expect(onSuggest).toHaveBeenCalledWith(items[0]);
    // happy-dom has no confirm(): the person says no, then yes.
    window.confirm = vi.fn().mockReturnValueOnce(false).mockReturnValueOnce(true);
    act(() => host.querySelector<HTMLButtonElement>('#ars-unanswered-clear')?.click());
    expect(onClear).not.toHaveBeenCalled();
    act(() => host.querySelector<HTMLButtonElement>('#ars-unanswered-clear')?.click());
    expect(onClear).toHaveBeenCalledOnce();
  });
});

describe('suggestions report their use', () => {
  it('tells what was shown for a typed search, and which suggestion was opened or copied', () => {
    const use: SearchUse = { shown: vi.fn(), picked: vi.fn() };
    const hit = {
      slug: 'annuler-une-demande',
      title: 'Annuler une demande',
      category: 'gestion-des-demandes',
      url: 'https://kb.example/a',
      section: { heading: '', anchor: '' },
      sectionUrl: 'https://kb.example/a',
      score: 1,
      snippet: { text: 'Annuler', highlights: [] },
    } satisfies KbHit;
    const onCopy = vi.fn();
    const host = render(
      <SearchUseContext.Provider value={use}>
        <Suggestions
          hits={[hit]}
          status="ready"
          query="annuler"
          onQuery={() => undefined}
          onCopyAnswer={onCopy}
        />
      </SearchUseContext.Provider>,
    );
    expect(use.shown).toHaveBeenCalledWith('annuler', ['annuler-une-demande'], true);
    act(() => host.querySelector<HTMLButtonElement>('li button')?.click());
    expect(use.picked).toHaveBeenCalledWith('annuler', hit);
    expect(onCopy).toHaveBeenCalledWith(hit);
  });
});
