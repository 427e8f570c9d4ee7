import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import type { TrayItem } from '../../components/screenshots/ScreenshotTray';
import type { ScreenshotRef } from '../../utils/core/escalation/model';
import type { RgbaImage } from '../../utils/core/image/rgba';
import { captureFileName } from '../../utils/core/image/naming';
import { decodeToRgba, encodeForStorage } from '../../utils/ext/image-codec';
import { screenshotStore, type ScreenshotRecord } from '../../utils/ext/storage/screenshot-store';
import { say, t } from '../../utils/i18n';
import {
  captureFullPage,
  captureVisible,
  toCaptureError,
  type CaptureResult,
} from '../../utils/ext/screenshots';

export interface Editing {
  id: string;
  name: string;
  image: RgbaImage;
}

export interface ScreenshotsApi {
  items: TrayItem[];
  busy: 'visible' | 'full' | null;
  error: string | null;
  notice: string | null;
  lastMasked: number | null;
  editing: Editing | null;
  capture(mode: 'visible' | 'full'): Promise<void>;
  remove(id: string): Promise<void>;
  edit(id: string): Promise<void>;
  saveEdit(image: RgbaImage, masksAdded: number): Promise<void>;
  cancelEdit(): void;
}

const store = screenshotStore();

function trayItem(r: ScreenshotRecord): TrayItem {
  return {
    id: r.id,
    name: r.name,
    thumbUrl: URL.createObjectURL(r.blob),
    width: r.width,
    height: r.height,
    masked: r.masked,
  };
}

/** The screenshots of the draft in focus: capture (masked), edit, remove, all kept in IndexedDB. */
export function useScreenshots(
  draftKey: string | null,
  tabId: number | null,
  pageKind: string | null,
  onRefs: (refs: ScreenshotRef[]) => void,
): ScreenshotsApi {
  const [records, setRecords] = useState<ScreenshotRecord[]>([]);
  const [items, setItems] = useState<TrayItem[]>([]);
  const [busy, setBusy] = useState<'visible' | 'full' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [lastMasked, setLastMasked] = useState<number | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const onRefsRef = useRef(onRefs);
  onRefsRef.current = onRefs;

  const reload = useCallback(
    async (announce: boolean) => {
      if (!draftKey) {
        setRecords([]);
        return;
      }
      const { items: list, skipped } = await store.listByDraft(draftKey);
      setRecords(list);
      if (skipped.length)
        setNotice(
          skipped.length === 1
            ? t('shotsSkippedOne')
            : t('shotsSkippedMany', { n: skipped.length }),
        );
      if (announce) onRefsRef.current(list.map((r) => ({ id: r.id, name: r.name })));
    },
    [draftKey],
  );

  useEffect(() => {
    setError(null);
    setNotice(null);
    setLastMasked(null);
    void reload(false).catch((err: unknown) => setError(String(err)));
  }, [reload]);

  // Object URLs for the thumbnails, released when the list changes.
  useEffect(() => {
    const next = records.map(trayItem);
    setItems(next);
    return () => next.forEach((i) => URL.revokeObjectURL(i.thumbUrl));
  }, [records]);

  const keep = async (result: CaptureResult, extraNotice: string | null) => {
    if (!draftKey) return;
    const encoded = await encodeForStorage(result.blob, result.dpr);
    const index = records.length + 1;
    const record: ScreenshotRecord = {
      id: `${draftKey}:${Date.now()}`,
      draftKey,
      name: captureFileName(pageKind, index, encoded.mime),
      blob: encoded.blob,
      mime: encoded.mime,
      width: encoded.width,
      height: encoded.height,
      masked: result.masked,
      createdAt: Date.now(),
    };
    const { purged } = await store.put(record);
    setLastMasked(result.masked);
    const notes = [
      extraNotice,
      ...result.warnings.map(say),
      purged.length ? t('capPurged', { n: purged.length }) : null,
    ];
    setNotice(notes.filter(Boolean).join(' ') || null);
    await reload(true);
  };

  return {
    items,
    busy,
    error,
    notice,
    lastMasked,
    editing,
    async capture(mode) {
      if (tabId === null || !draftKey) return;
      setBusy(mode);
      setError(null);
      try {
        const tab = await browser.tabs.get(tabId);
        if (mode === 'visible') {
          await keep(await captureVisible(tabId, tab.windowId), null);
        } else {
          const full = await captureFullPage(tabId, tab.windowId);
          await keep(full, full.truncated ? t('capTruncated') : null);
        }
      } catch (err) {
        setError(say(toCaptureError(err).said));
      } finally {
        setBusy(null);
      }
    },
    async remove(id) {
      await store.delete(id);
      await reload(true);
    },
    async edit(id) {
      const record = await store.get(id);
      if (record) setEditing({ id, name: record.name, image: await decodeToRgba(record.blob) });
    },
    async saveEdit(image, masksAdded) {
      if (!editing) return;
      const record = await store.get(editing.id);
      if (!record) return;
      const encoded = await encodeForStorage(image, 1);
      await store.put({
        ...record,
        blob: encoded.blob,
        mime: encoded.mime,
        width: encoded.width,
        height: encoded.height,
        masked: record.masked + masksAdded,
      });
      setEditing(null);
      await reload(true);
    },
    cancelEdit: () => setEditing(null),
  };
}
