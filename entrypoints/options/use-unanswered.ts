import { useCallback, useEffect, useState } from 'react';
import type { UnansweredItem } from '../../components/options/UnansweredSection';
import type { Nomenclature } from '../../utils/core/nomenclature/schema';
import { UNANSWERED_KEY } from '../../utils/ext/storage/search-use-store';
import { watchLocalKeys } from '../../utils/ext/storage/storage-watch';
import { clearUnanswered, listUnanswered, suggestArticle } from './search-use-actions';

export interface UnansweredActions {
  items: UnansweredItem[];
  onSuggest: (item: UnansweredItem) => void;
  onClear: () => void;
}

/** The searches without an answer, kept current while the page is open (a panel adds some). */
export function useUnanswered(kbOrigin: string, nomenclature: Nomenclature): UnansweredActions {
  const [items, setItems] = useState<UnansweredItem[]>([]);
  const reload = useCallback(() => {
    listUnanswered().then(setItems, (e: unknown) => console.warn('[ars] unanswered', e));
  }, []);
  useEffect(() => {
    reload();
    return watchLocalKeys([UNANSWERED_KEY], reload);
  }, [reload]);
  const onSuggest = useCallback(
    (item: UnansweredItem) =>
      void suggestArticle(item, kbOrigin, nomenclature).catch((e: unknown) =>
        console.warn('[ars] suggest article', e),
      ),
    [kbOrigin, nomenclature],
  );
  const onClear = useCallback(() => void clearUnanswered().then(reload), [reload]);
  return { items, onSuggest, onClear };
}
