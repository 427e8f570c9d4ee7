import { useCallback, useEffect, useState } from 'react';
import { ask } from '../../utils/ext/protocol/ask';
import { confirmFeed, refreshFeed } from '../../utils/ext/protocol/messages/settings';
import type { FeedView } from '../../components/options/FeedSection';
import { FEED_KEY, readFeedState, type FeedState } from '../../utils/ext/storage/feed-store';
import { watchLocalKeys } from '../../utils/ext/storage/storage-watch';

function viewOf(state: FeedState): FeedView {
  return {
    applied: state.applied && {
      version: state.applied.version,
      publishedAt: state.applied.publishedAt,
      keyId: state.applied.keyId,
      incidents: state.applied.incidents.length,
    },
    pending: state.pending && {
      version: state.pending.version,
      publishedAt: state.pending.publishedAt,
      weakenings: state.pending.weakenings,
    },
    lastCheck: state.lastCheck,
  };
}

/** The feed's state, kept current, and the two actions the background performs. */
export function useFeed() {
  const [feed, setFeed] = useState<FeedView | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const load = () => void readFeedState().then((s) => setFeed(viewOf(s)));
    load();
    return watchLocalKeys([FEED_KEY], load);
  }, []);
  const run = useCallback(async (message: typeof refreshFeed | typeof confirmFeed) => {
    setBusy(true);
    try {
      await ask(message);
    } finally {
      setBusy(false);
      setFeed(viewOf(await readFeedState()));
    }
  }, []);
  return {
    feed,
    busy,
    onRefresh: () => void run(refreshFeed),
    onConfirm: () => void run(confirmFeed),
  };
}
