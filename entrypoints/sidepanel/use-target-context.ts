import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import {
  askTab,
  ContextSnapshotSchema,
  type ContextSnapshot,
} from '../../utils/ext/protocol/content';
import { ask } from '../../utils/ext/protocol/ask';
import { ContextChangedSchema, getTargetTab } from '../../utils/ext/protocol/messages/context';
import { redactSnapshot } from '../../utils/core/privacy/redact-snapshot';
import type { SafeWords } from '../../utils/core/privacy/safe-text';
import { readEffectiveRules } from '../../utils/ext/storage/effective-rules';
import { compileRules } from '../../utils/sites/sisiao/compiled-rules';
import { DEFAULT_DETECTION_RULES } from '../../utils/sites/sisiao/default-rules';
import { DEFAULT_MASKING_RULES } from '../../utils/sites/sisiao/masking-defaults';
import { pageSafeWords } from '../../utils/sites/sisiao/safe-words';

/** The words a page may show, from the rules in force once read (the built-in ones until then). */
let safeWords: SafeWords = pageSafeWords(
  DEFAULT_MASKING_RULES,
  DEFAULT_DETECTION_RULES,
  compileRules(DEFAULT_DETECTION_RULES).idRe,
);
void readEffectiveRules()
  .then((r) => {
    if (r) safeWords = pageSafeWords(r.masking, r.detection, compileRules(r.detection).idRe);
  })
  .catch(() => undefined);

/** A page's snapshot with names out of its texts, before the panel writes anything from it. */
const redacted = (s: ContextSnapshot): ContextSnapshot => redactSnapshot(s, safeWords);

export type TargetState =
  | { status: 'loading' }
  | { status: 'none'; tabId: number | null }
  | { status: 'ready'; tabId: number; snapshot: ContextSnapshot };

/** Asks a tab's SI SIAO content script for its context; null when there is none. */
async function contextOf(tabId: number): Promise<ContextSnapshot | null> {
  try {
    return redacted(await askTab(tabId, { type: 'getContext' }, ContextSnapshotSchema));
  } catch {
    return null;
  }
}

/**
 * The SI SIAO tab the panel works for. Beside a tab (Chrome side panel, Firefox sidebar) it is the
 * active tab of the window; when the panel is itself open in a tab, the last SI SIAO tab seen.
 */
async function resolveTarget(): Promise<TargetState> {
  const self = await browser.tabs.getCurrent().catch(() => undefined);
  let tabId: number | null = null;
  if (!self) {
    const [active] = await browser.tabs.query({ active: true, currentWindow: true });
    tabId = active?.id ?? null;
  } else {
    tabId = (await ask(getTargetTab).catch(() => null))?.tabId ?? null;
  }
  if (tabId === null) return { status: 'none', tabId: null };
  const snapshot = await contextOf(tabId);
  return snapshot ? { status: 'ready', tabId, snapshot } : { status: 'none', tabId };
}

/** Follows the active tab and the SI SIAO page's route changes. */
export function useTargetContext(): TargetState {
  const [state, setState] = useState<TargetState>({ status: 'loading' });
  useEffect(() => {
    let alive = true;
    let current: number | null = null;
    let ready = false;
    const refresh = () =>
      void resolveTarget().then((s) => {
        if (!alive) return;
        current = s.status === 'loading' ? null : s.tabId;
        ready = s.status === 'ready';
        setState(s);
      });
    const onMessage = (message: unknown, sender: { tab?: { id?: number } }) => {
      const parsed = ContextChangedSchema.safeParse(message);
      if (!parsed.success) return;
      const from = sender.tab?.id;
      if (from === undefined) return;
      if (!ready || from === current) {
        current = from;
        ready = true;
        setState({ status: 'ready', tabId: from, snapshot: redacted(parsed.data.snapshot) });
      }
    };
    const onActivated = () => refresh();
    const onUpdated = (tabId: number, info: { status?: string }) => {
      if (tabId === current && info.status === 'complete') refresh();
    };
    refresh();
    // A panel open in a tab of its own learns of SI SIAO tabs from their messages; in case it
    // opened between a tab's first message and the background noting it, look again now and then.
    const retry = setInterval(() => {
      if (!ready) refresh();
    }, 2000);
    browser.runtime.onMessage.addListener(onMessage);
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      alive = false;
      clearInterval(retry);
      browser.runtime.onMessage.removeListener(onMessage);
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, []);
  return state;
}
