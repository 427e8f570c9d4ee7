/**
 * One small interface over Playwright (Chromium) and Puppeteer (Firefox, WebDriver BiDi), so each
 * journey is written once and run in both real browsers with the built extension loaded.
 */
export interface E2EPage {
  goto(url: string): Promise<void>;
  /** Waits for a CSS selector to be visible, or throws after timeoutMs. */
  waitFor(selector: string, timeoutMs?: number): Promise<void>;
  click(selector: string): Promise<void>;
  /** A real (trusted) mouse click at viewport coordinates. */
  clickAt(x: number, y: number): Promise<void>;
  /** Real key presses into the focused element: text typed, or one key such as 'Enter'. */
  type(text: string): Promise<void>;
  press(key: string): Promise<void>;
  /** Replaces the value of a field, as typing would. */
  fill(selector: string, value: string): Promise<void>;
  text(selector: string): Promise<string>;
  value(selector: string): Promise<string>;
  evaluate<T>(fn: string): Promise<T>;
  /** Polls a page expression until it is truthy. */
  waitForFunction(expression: string, timeoutMs?: number): Promise<void>;
  bringToFront(): Promise<void>;
  screenshot(path: string): Promise<void>;
  url(): string;
  close(): Promise<void>;
}

export interface E2EBrowser {
  name: 'chromium' | 'firefox';
  /** Base URL of the extension's pages, e.g. chrome-extension://<id>/ */
  extensionBase: string;
  newPage(url?: string): Promise<E2EPage>;
  /** Pages the browser opened by itself (e.g. a tab opened by the extension) whose URL matches. */
  waitForPage(predicate: (url: string) => boolean, timeoutMs?: number): Promise<E2EPage>;
  close(): Promise<void>;
  /** Kills the browser process without a clean shutdown (fault tests). */
  kill(): Promise<void>;
}

export interface LaunchOptions {
  /** Reuse a profile (restart tests). */
  profileDir: string;
  extensionDir: string;
}

export async function pollUntil<T>(
  fn: () => Promise<T | null | undefined | false>,
  timeoutMs: number,
  what: string,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < end) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}
