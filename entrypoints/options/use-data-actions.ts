import { useCallback, useEffect, useState } from 'react';
import type { KbStatus as KbView } from '../../components/options/KbSection';
import { isPlural, type OptionsText } from '../../components/options/text';
import type { KbStatus } from '../../utils/ext/storage/kb-store';
import { downloadFile } from '../../utils/ext/download';
import {
  buildHistoryExport,
  eraseLocalData,
  errorMessage,
  fetchKbStatus,
  importHistoryText,
  kbView,
  refreshKb,
  type ActionOutcome,
} from './data-actions';

export interface DataActions {
  history: { onExport: () => void; onImport: (file: File) => void; onErase: () => void };
  kb: { status: KbView; onRefresh: () => void };
  /** The last action's result, in the page's language, until dismissed. */
  notice: ActionOutcome | null;
  dismissNotice: () => void;
}

/**
 * Connects the options page's history and knowledge-base sections. The section components only
 * emit events, so the results (« 3 escalades importées… ») come back through `notice`.
 */
export function useDataActions(retentionDays: number, t: OptionsText): DataActions {
  const [notice, setNotice] = useState<ActionOutcome | null>(null);
  const [kb, setKb] = useState<{ status: KbStatus | null; refreshing: boolean; failure?: string }>({
    status: null,
    refreshing: false,
  });

  useEffect(() => {
    let live = true;
    fetchKbStatus().then(
      (status) => live && setKb((k) => ({ ...k, status })),
      (e: unknown) => live && setKb((k) => ({ ...k, failure: errorMessage(e) })),
    );
    return () => {
      live = false;
    };
  }, []);

  const onRefresh = useCallback(() => {
    setKb((k) => ({ ...k, refreshing: true, failure: undefined }));
    // A crawl takes minutes on a large base: the button stays busy until the background answers.
    refreshKb().then(
      (status) => setKb({ status, refreshing: false }),
      (e: unknown) => setKb((k) => ({ ...k, refreshing: false, failure: errorMessage(e) })),
    );
  }, []);

  const onExport = useCallback(() => {
    buildHistoryExport().then(
      ({ fileName, text, count }) => {
        downloadFile(text, fileName, 'application/json');
        setNotice({
          ok: true,
          message: t(isPlural(t, count) ? 'dataExportedMany' : 'dataExportedOne', {
            n: count,
            file: fileName,
          }),
        });
      },
      (e: unknown) =>
        setNotice({ ok: false, message: t('dataExportFailed', { error: errorMessage(e) }) }),
    );
  }, [t]);

  const onImport = useCallback(
    (file: File) => {
      file.text().then(
        (text) => importHistoryText(t, text, retentionDays).then(setNotice),
        (e: unknown) =>
          setNotice({ ok: false, message: t('dataFileUnreadable', { error: errorMessage(e) }) }),
      );
    },
    [retentionDays, t],
  );

  // DataSection asks for the confirmation before calling this.
  const onErase = useCallback(() => void eraseLocalData(t).then(setNotice), [t]);

  return {
    history: { onExport, onImport, onErase },
    kb: { status: kbView(t, kb.status, kb.refreshing, kb.failure), onRefresh },
    notice,
    dismissNotice: () => setNotice(null),
  };
}
