import { browser } from 'wxt/browser';
import { requestCaptureFromPanel } from '../../utils/ext/protocol/panel';

interface FirefoxSidebarAction {
  open(): Promise<void>;
}

/** Asks the panel to capture; the panel is where the draft and the tray live. */
async function askPanelToCapture(): Promise<boolean> {
  for (let attempt = 0; attempt < 6; attempt++) {
    const answered = await requestCaptureFromPanel();
    if (answered) return true;
    // The panel may be opening: give it a moment.
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

/**
 * The capture shortcut: the key press grants activeTab on the SI SIAO tab, as a click would. The
 * panel is opened if needed (in the same user gesture), then asked to capture.
 */
export function listenForCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'capture-screenshot') return;
    if (import.meta.env.FIREFOX) {
      void (browser as unknown as { sidebarAction?: FirefoxSidebarAction }).sidebarAction?.open();
    } else if (tab?.id !== undefined) {
      void browser.sidePanel?.open({ tabId: tab.id }).catch(() => undefined);
    }
    void askPanelToCapture();
  });
}
