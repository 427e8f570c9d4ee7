import { browser } from 'wxt/browser';
import { weakenings } from '../../utils/config/guards';
import { effectiveConfig } from '../../utils/config/managed';
import type { FeedCheckCode } from '../../utils/core/feed/check-codes';
import { feedSource } from '../../utils/core/feed/policy';
import { MAX_FEED_BYTES } from '../../utils/core/feed/schema';
import { verifyFeed, type VerifiedFeed } from '../../utils/config/feed-verify';
import { IS_DEMO_BUILD } from '../../utils/ext/build';
import {
  readFeedState,
  writeFeedState,
  type FeedInfo,
  type FeedState,
} from '../../utils/ext/storage/feed-store';
import {
  BUILD_DEFAULT_CONFIG,
  loadEffectiveConfig,
  readManagedStorage,
} from '../../utils/ext/storage/settings';

/**
 * The national team's signed feed (issue 19): fetched on start, daily and on « Actualiser » in the
 * options; conditional requests, a size cap, a timeout, no cookies. A valid feed is applied whole;
 * anything else keeps the last good one and says why. A feed that reduces masking or changes the
 * knowledge base waits for a person's confirmation in the options.
 */
const ALARM = 'feed-refresh';
const DAY_MINUTES = 24 * 60;
const TIMEOUT_MS = 15_000;

let running: Promise<FeedState> | null = null;

/** Fetches and checks the feed now (one check at a time); returns the state the options show. */
export function refreshFeed(): Promise<FeedState> {
  running ??= check().finally(() => {
    running = null;
  });
  return running;
}

async function check(): Promise<FeedState> {
  const state = await readFeedState();
  const managed = await readManagedStorage();
  const loaded = await loadEffectiveConfig();
  const source = feedSource(managed.feed, loaded.config.addresses.knowledgeBase, IS_DEMO_BUILD);
  // What happened, by code: the options page says it in the person's language.
  const say = async (
    ok: boolean,
    code: FeedCheckCode,
    vars: Record<string, string | number> = {},
    extra: Partial<FeedState> = {},
  ) => {
    const next: FeedState = {
      ...state,
      ...extra,
      lastCheck: { at: Date.now(), ok, code, vars, url: source.url },
    };
    await writeFeedState(next);
    return next;
  };
  if (source.keys.length === 0) return say(false, 'noKey');
  let response: Response;
  try {
    response = await fetch(source.url, {
      credentials: 'omit',
      cache: 'no-cache',
      redirect: 'error',
      signal: AbortSignal.timeout(TIMEOUT_MS),
      headers: {
        ...(state.etag ? { 'If-None-Match': state.etag } : {}),
        ...(state.lastModified ? { 'If-Modified-Since': state.lastModified } : {}),
      },
    });
  } catch {
    return say(false, 'unreachable');
  }
  if (response.status === 304) return say(true, 'unchanged');
  if (!response.ok) return say(false, 'unavailable', { status: response.status });
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > MAX_FEED_BYTES) return say(false, 'tooLarge', { kb: Math.ceil(declared / 1024) });
  const text = await response.text();
  const verified = await verifyFeed(text, source.keys);
  if (!verified.ok) return say(false, 'refused', { ...verified.vars, refusal: verified.code });
  const cache = {
    etag: response.headers.get('etag') ?? undefined,
    lastModified: response.headers.get('last-modified') ?? undefined,
  };
  const info = infoOf(verified);
  if (state.applied && sameFeed(state.applied, info)) return say(true, 'alreadyApplied', {}, cache);
  // What would be in force with this feed, under the same settings and policy just read.
  const withFeed = effectiveConfig(
    { ...info.config, ...loaded.file },
    managed,
    BUILD_DEFAULT_CONFIG,
  );
  const reduced = weakenings(loaded.config, withFeed.config);
  if (reduced.length)
    return say(false, 'pending', {}, { ...cache, pending: { ...info, weakenings: reduced } });
  return say(
    true,
    'applied',
    { version: info.version },
    { ...cache, applied: info, pending: null },
  );
}

function infoOf(v: VerifiedFeed): FeedInfo {
  return {
    version: v.version,
    publishedAt: v.publishedAt,
    keyId: v.keyId,
    config: v.config as Record<string, unknown>,
    incidents: v.incidents,
    at: Date.now(),
  };
}

function sameFeed(a: FeedInfo, b: FeedInfo): boolean {
  return a.version === b.version && a.publishedAt === b.publishedAt && a.keyId === b.keyId;
}

/** A person confirmed the waiting feed in the options: it applies now. */
export async function confirmPendingFeed(): Promise<FeedState> {
  const state = await readFeedState();
  if (!state.pending) return state;
  const { weakenings: _shown, ...info } = state.pending;
  const next: FeedState = {
    ...state,
    applied: { ...info, at: Date.now() },
    pending: null,
    lastCheck: state.lastCheck && {
      ...state.lastCheck,
      ok: true,
      code: 'confirmed',
      vars: { version: info.version },
      message: undefined,
    },
  };
  await writeFeedState(next);
  return next;
}

/**
 * On the browser's start and on install, then daily; the last good feed keeps applying offline in
 * between. The service worker wakes often: the alarm is created once, not at each wake.
 */
export function scheduleFeedRefresh(): void {
  const refresh = () => void refreshFeed().catch((err: unknown) => console.warn('[ars] feed', err));
  void browser.alarms.get(ALARM).then((existing) => {
    if (!existing)
      void browser.alarms.create(ALARM, {
        delayInMinutes: DAY_MINUTES,
        periodInMinutes: DAY_MINUTES,
      });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) refresh();
  });
  browser.runtime.onStartup.addListener(refresh);
  browser.runtime.onInstalled.addListener(refresh);
}
