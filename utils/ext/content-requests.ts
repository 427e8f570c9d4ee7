import type { ContentRequest, ScrollInfo } from './protocol/content';

/**
 * The SI SIAO content script's side of the protocol, checked by hand: this script runs on every
 * SI SIAO page, and zod would triple its size. The shapes are the zod schemas of protocol/content.ts
 * (`ContentRequestSchema`), which the senders use; a test keeps both in agreement.
 */
const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

export function parseContentRequest(message: unknown): ContentRequest | null {
  if (!message || typeof message !== 'object') return null;
  const m = message as Record<string, unknown>;
  switch (m.type) {
    case 'getContext':
    case 'maskForCapture':
    case 'unmask':
      return { type: m.type };
    case 'scrollState': {
      const out: Extract<ContentRequest, { type: 'scrollState' }> = { type: 'scrollState' };
      if (m.scrollTo !== undefined) {
        if (!finite(m.scrollTo) || m.scrollTo < 0) return null;
        out.scrollTo = m.scrollTo;
      }
      if (m.hideFixed !== undefined) {
        if (typeof m.hideFixed !== 'boolean') return null;
        out.hideFixed = m.hideFixed;
      }
      if (m.restore !== undefined) {
        const r = m.restore as Record<string, unknown> | null;
        if (!r || !finite(r.x) || !finite(r.y)) return null;
        out.restore = { x: r.x, y: r.y };
      }
      return out;
    }
    default:
      return null;
  }
}

export type { ScrollInfo };
