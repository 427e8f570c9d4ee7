/**
 * What of the page only an extension can reach: closed shadow roots and the top layer. Text in a
 * closed root would otherwise escape the masks; a modal dialog would sit above them.
 */

/** A shadow root, open or closed: Firefox gives content scripts `openOrClosedShadowRoot`, Chrome
 * `chrome.dom.openOrClosedShadowRoot`. */
export function openShadow(el: Element): ShadowRoot | null {
  const ff = (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null })
    .openOrClosedShadowRoot;
  if (ff !== undefined) return ff ?? null;
  const api = (
    globalThis as {
      chrome?: { dom?: { openOrClosedShadowRoot?: (e: HTMLElement) => ShadowRoot | null } };
    }
  ).chrome?.dom;
  try {
    return api?.openOrClosedShadowRoot?.(el as HTMLElement) ?? null;
  } catch {
    return null;
  }
}

/** What the page put in the top layer (the targeted mode reads no further). */
export function openTopLayer(): Element[] {
  try {
    return Array.from(document.querySelectorAll('dialog:modal, :popover-open'));
  } catch {
    return [];
  }
}
