import { browser } from 'wxt/browser';
import { IS_DEMO_BUILD } from '../../utils/ext/build';
import { visibleTexts } from './visible-texts';

/**
 * Our UI on the knowledge base lives in closed shadow roots: a script of the page cannot read a
 * banner's words or reach its buttons (`host.shadowRoot` is null to it). The roots are kept here,
 * in the content script's own world.
 */
const roots = new Map<string, ShadowRoot>();

export function attachClosedRoot(host: HTMLElement): ShadowRoot {
  const root = host.attachShadow({ mode: 'closed' });
  roots.set(host.id, root);
  return root;
}

/** A closed root by its host's id, for this script's own code and its unit tests. */
export function closedRoot(hostId: string): ShadowRoot | null {
  return roots.get(hostId) ?? null;
}

interface Probe {
  type: 'arsTestProbe';
  host: string;
  op: 'text' | 'box' | 'value' | 'visible';
  id?: string;
}

function isProbe(m: unknown): m is Probe {
  const p = m as Partial<Probe> | null;
  return (
    !!p &&
    p.type === 'arsTestProbe' &&
    typeof p.host === 'string' &&
    (p.op === 'text' || p.op === 'box' || p.op === 'value' || p.op === 'visible') &&
    (p.id === undefined || typeof p.id === 'string')
  );
}

function answer(p: Probe): unknown {
  const root = roots.get(p.host);
  if (!root?.host.isConnected) return null;
  if (p.op === 'text' && !p.id) return root.textContent ?? '';
  if (p.op === 'visible') return visibleTexts(root);
  const el = p.id ? root.getElementById(p.id) : null;
  if (!el) return null;
  if (p.op === 'text') return el.textContent ?? '';
  if (p.op === 'value') return (el as HTMLInputElement).value ?? null;
  el.scrollIntoView({ block: 'center', inline: 'center' });
  const r = el.getBoundingClientRect();
  return r.width && r.height ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
}

/**
 * Demo builds only: the end-to-end tests read the closed UI through the extension (a message from
 * an extension page, which no page script can send), and click it with real input events.
 */
export function listenForTestProbe(): void {
  if (!IS_DEMO_BUILD) return;
  browser.runtime.onMessage.addListener((message: unknown) =>
    isProbe(message) ? Promise.resolve(answer(message)) : undefined,
  );
}
