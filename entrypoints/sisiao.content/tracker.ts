import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Breadcrumb, SisiaoContext, TechSignal } from '../../utils/core/context';
import type { ContextSnapshot } from '../../utils/ext/protocol/content';
import { tell } from '../../utils/ext/protocol/tell';
import { parseApiMessage } from '../../utils/sites/sisiao/api-message';
import type { ApiObservation } from '../../utils/sites/sisiao/api-signals';
import { describeClickTarget, errorMessageOf } from '../../utils/sites/sisiao/breadcrumbs';
import { describeVisit } from '../../utils/core/escalation/repro-steps';
import { detectContext } from '../../utils/sites/sisiao/detect';
import type { DetectionRules } from '../../utils/sites/sisiao/rules';
import { parseRouteMessage } from './page-messages';
import { emptyContext } from '../../utils/core/context-fields';
import { loadRules } from './rules-source';

const MAX_ITEMS = 30;
const DEBOUNCE_MS = 250;

export interface Tracker {
  snapshot(): ContextSnapshot;
  rules(): DetectionRules | null;
}

function push<T>(list: T[], item: T): void {
  list.push(item);
  if (list.length > MAX_ITEMS) list.splice(0, list.length - MAX_ITEMS);
}

/**
 * Keeps the context, breadcrumbs and technical signals of this SI SIAO tab current. Work happens
 * on route changes and on debounced DOM mutations, never on each mutation.
 */
export function createTracker(ctx: ContentScriptContext): Tracker {
  const observations: ApiObservation[] = [];
  const breadcrumbs: Breadcrumb[] = [];
  const signals: TechSignal[] = [];
  let rules: DetectionRules | null = null;
  let context: SisiaoContext | null = null;
  let lastSent = '';
  let timer: number | undefined;

  const snapshot = (): ContextSnapshot => ({
    context: context ?? detectNow(),
    breadcrumbs: [...breadcrumbs],
    signals: [...signals],
  });
  let routeAt = 0;
  // Until the rules are read (milliseconds), nothing is detected rather than guessed.
  const detectNow = () =>
    rules
      ? detectContext(document, location.href, rules, observations, { since: routeAt })
      : emptyContext();
  // The visit of the screen being loaded: recorded at the route change (so it stays in order with
  // the clicks that follow), named from the URL, then named properly once the screen is detected.
  let pendingVisit: { crumb: Breadcrumb; url: string } | null = null;
  const detect = () => {
    timer = undefined;
    context = detectNow();
    if (pendingVisit && pendingVisit.url === location.href && context.pageKind !== 'autre') {
      pendingVisit.crumb.label = describeVisit(context).slice(0, 300);
      pendingVisit = null;
    }
    const snap = snapshot();
    const json = JSON.stringify(snap);
    if (json === lastSent) return;
    lastSent = json;
    tell('contextChanged', { snapshot: snap }).catch(() => undefined);
  };
  const schedule = () => {
    if (timer === undefined) timer = ctx.setTimeout(detect, DEBOUNCE_MS);
  };

  const visit = (at: number) => {
    // Until the new screen has loaded, only its address is trusted.
    const fromUrl = rules
      ? detectContext(document.implementation.createHTMLDocument(''), location.href, rules)
      : emptyContext();
    const crumb: Breadcrumb = { at, kind: 'visit', label: describeVisit(fromUrl).slice(0, 300) };
    const last = breadcrumbs.at(-1);
    if (last?.kind === 'visit' && last.label === crumb.label) return;
    push(breadcrumbs, crumb);
    pendingVisit = { crumb, url: location.href };
  };

  // Observations from the page's main world (sisiao-main.content.ts).
  ctx.addEventListener(window, 'message', (event: MessageEvent) => {
    if (event.source !== window || (event.data as { source?: unknown })?.source !== 'ars-main')
      return;
    const route = parseRouteMessage(event.data);
    if (route) {
      onRoute(route.at);
      return;
    }
    const obs = parseApiMessage(event.data);
    if (!obs) return;
    if (obs.kind === 'script') {
      push(signals, { at: obs.at, kind: 'script', message: obs.message });
    } else {
      push(observations, obs);
      if (obs.status === 0 || obs.status >= 400) {
        push(signals, {
          at: obs.at,
          kind: 'http',
          method: obs.method,
          path: obs.safePath,
          status: obs.status,
        });
      }
    }
    schedule();
  });

  ctx.addEventListener(
    document,
    'click',
    (event: Event) => {
      const target = event.target instanceof Element ? event.target : null;
      const described = target ? describeClickTarget(target) : null;
      if (described)
        push(breadcrumbs, { at: Date.now(), kind: described.kind, label: described.label });
      schedule();
    },
    { capture: true },
  );

  let lastUrl = location.href;
  const onRoute = (at: number) => {
    if (location.href === lastUrl) return;
    lastUrl = location.href;
    // API calls made before the route change describe the previous screen. A little slack: an
    // app may start loading the next screen just before it pushes the new URL.
    routeAt = at - 150;
    context = null;
    visit(at);
    schedule();
  };
  // Fallback when the main-world script could not run (a strict page): WXT polls the location.
  ctx.addEventListener(window, 'wxt:locationchange', () => onRoute(Date.now() - 1000));

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) {
        const message = node instanceof Element ? errorMessageOf(node) : null;
        if (message) push(breadcrumbs, { at: Date.now(), kind: 'error', label: message });
      }
    }
    schedule();
  });
  observer.observe(document.body, { childList: true, subtree: true });
  ctx.onInvalidated(() => observer.disconnect());

  // A panel open in a tab of its own follows « the last SI SIAO tab seen »: coming back to this tab
  // says so again, even when nothing on it changed.
  ctx.addEventListener(document, 'visibilitychange', () => {
    if (document.visibilityState !== 'visible' || !rules) return;
    lastSent = '';
    schedule();
  });

  const startedAt = Date.now();
  void loadRules().then((r) => {
    rules = r?.detection ?? null;
    visit(startedAt);
    schedule();
  });
  return { snapshot, rules: () => rules };
}
