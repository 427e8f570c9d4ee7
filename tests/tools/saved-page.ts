import { Window } from 'happy-dom';

/**
 * Loads a page saved from the browser (Ctrl+S) into happy-dom, scripts and styles off, so the
 * extension's pure code can read it as it would read the live page.
 */
export function loadSavedPage(html: string, url: string): Document {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
    },
  });
  window.document.write(html);
  return window.document as unknown as Document;
}
