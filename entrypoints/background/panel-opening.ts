import { browser } from 'wxt/browser';

interface FirefoxSidebarAction {
  toggle(): Promise<void>;
}

/**
 * The toolbar button (and its keyboard shortcut) opens the panel. Chrome does it natively once told
 * to; Firefox's sidebar is toggled from the click, which also grants activeTab for screenshots.
 */
export function setUpPanelOpening(): void {
  if (import.meta.env.FIREFOX) {
    const sidebar = (browser as unknown as { sidebarAction?: FirefoxSidebarAction }).sidebarAction;
    browser.action.onClicked.addListener(() => {
      // Must be called synchronously inside the click handler: Firefox needs the user gesture.
      void sidebar?.toggle();
    });
    return;
  }
  void browser.sidePanel
    ?.setPanelBehavior({ openPanelOnActionClick: true })
    .catch((err: unknown) => console.warn('[ars] side panel behaviour', err));
}
