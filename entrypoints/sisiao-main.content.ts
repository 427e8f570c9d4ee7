import { defineContentScript } from 'wxt/utils/define-content-script';
import { SISIAO_MATCHES } from '../utils/core/matches';
import { API_PREFIX, pickApiFields, wantsBody } from '../utils/sites/sisiao/api-pick';

/**
 * Runs in the page's own world (the isolated content script cannot see the page's fetch/XHR).
 * It observes the SI SIAO's calls to its /api and its uncaught errors, and posts a minimal record
 * to the isolated content script: method, path, status, and from two answers only a few fields
 * (the fiche's `typefiche`, the connected user's e-mail and role). Never request or other bodies.
 * What it watches and keeps is the SI SIAO adapter's (utils/sites/sisiao/api-pick.ts), which is
 * dependency-free on purpose: this is injected at document_start on every SI SIAO page.
 */
export default defineContentScript({
  matches: SISIAO_MATCHES,
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    const post = (payload: Record<string, unknown>) =>
      window.postMessage({ source: 'ars-main', ...payload }, window.location.origin);

    const report = (method: string, rawUrl: string, status: number, body?: unknown) => {
      let url: URL;
      try {
        url = new URL(rawUrl, window.location.href);
      } catch {
        return;
      }
      if (url.origin !== window.location.origin || !url.pathname.startsWith(API_PREFIX)) return;
      // The isolated script drops query values at once, keeping numeric ID parameters only.
      post({
        kind: 'request',
        method: method.toUpperCase().slice(0, 10),
        path: (url.pathname + url.search).slice(0, 2000),
        status,
        at: Date.now(),
        ...pickApiFields(url.pathname, body),
      });
    };

    const nativeFetch = window.fetch;
    window.fetch = async function (input: RequestInfo | URL, init?: RequestInit) {
      const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
      const url = input instanceof Request ? input.url : String(input);
      try {
        const res = await nativeFetch.call(this, input, init);
        const path = new URL(url, window.location.href).pathname;
        if (res.ok && wantsBody(path)) {
          res
            .clone()
            .json()
            .then(
              (b: unknown) => report(method, url, res.status, b),
              () => report(method, url, res.status),
            );
        } else {
          report(method, url, res.status);
        }
        return res;
      } catch (err) {
        report(method, url, 0);
        throw err;
      }
    };

    const open = XMLHttpRequest.prototype.open;
    XMLHttpRequest.prototype.open = function (
      this: XMLHttpRequest,
      method: string,
      url: string | URL,
      ...rest: unknown[]
    ) {
      this.addEventListener('loadend', () => {
        let body: unknown;
        try {
          if (
            this.status >= 200 &&
            this.status < 300 &&
            wantsBody(new URL(String(url), window.location.href).pathname)
          ) {
            body =
              this.responseType === 'json' ? this.response : JSON.parse(String(this.responseText));
          }
        } catch {
          body = undefined;
        }
        report(method, String(url), this.status, body);
      });
      return (open as (...a: unknown[]) => void).call(this, method, url, ...rest);
    } as typeof XMLHttpRequest.prototype.open;

    // Route changes of the single-page app, told at once (WXT's own location watch polls).
    for (const name of ['pushState', 'replaceState'] as const) {
      const original = history[name];
      history[name] = function (this: History, ...args: Parameters<History['pushState']>) {
        const result = original.apply(this, args);
        post({ kind: 'route', at: Date.now() });
        return result;
      };
    }
    window.addEventListener('popstate', () => post({ kind: 'route', at: Date.now() }));
    window.addEventListener('hashchange', () => post({ kind: 'route', at: Date.now() }));

    window.addEventListener('error', (e) =>
      post({ kind: 'script', message: String(e.message).slice(0, 500), at: Date.now() }),
    );
    window.addEventListener('unhandledrejection', (e) => {
      const reason = e.reason instanceof Error ? e.reason.message : String(e.reason);
      post({ kind: 'script', message: reason.slice(0, 500), at: Date.now() });
    });
  },
});
