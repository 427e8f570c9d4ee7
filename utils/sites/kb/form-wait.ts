/**
 * Waiting on a page that renders late: HubSpot's embed script builds the form seconds after load
 * on a slow connection, and loads dependent options after the parent changes. Waits watch the DOM
 * (MutationObserver, including same-origin iframes, which an observer on the top document does
 * not see) with a slow poll as a safety net, and always end: found, timed out, or aborted.
 */
import { DEFAULT_FORM_MAPPING, type FormMapping } from './form-mapping';
import { detectForm, type FormView } from './form-view';

/** Default time to wait for the form to appear: the e2e budget for a clear message is 10 s. */
export const DEFAULT_FORM_TIMEOUT_MS = 8000;
/** How long a HubSpot form has to render before a plain form of the page is considered. */
export const GENERIC_GRACE_MS = 2500;
const POLL_MS = 400;

/** The form did not appear in time (the page changed, or the network is down). */
/** No form within the wait: `seconds` lets the page say so in the person's language. */
export class FormNotFoundError extends Error {
  override readonly name = 'FormNotFoundError';
  constructor(
    message: string,
    readonly seconds: number,
  ) {
    super(message);
  }
}

interface WaitOptions {
  signal?: AbortSignal;
  timeoutMs: number;
}

/**
 * Resolves with `probe()`'s first non-null result, checked now and after each DOM change in `doc`
 * and its accessible iframes; resolves null after `timeoutMs`; rejects when `signal` aborts.
 */
export function waitForDom<T>(
  doc: Document,
  probe: () => T | null,
  opts: WaitOptions,
): Promise<T | null> {
  return new Promise<T | null>((resolve, reject) => {
    const { signal } = opts;
    if (signal?.aborted) return reject(abortReason(signal));
    const first = probe();
    if (first !== null) return resolve(first);

    const view = doc.defaultView ?? window;
    const observed = new Set<Node>();
    const observer = new view.MutationObserver(() => check());
    const observe = (d: Document): void => {
      if (observed.has(d) || !d.documentElement) return;
      observed.add(d);
      observer.observe(d.documentElement, {
        childList: true,
        subtree: true,
        attributes: true,
        characterData: true,
      });
      for (const iframe of Array.from(d.querySelectorAll('iframe'))) {
        try {
          if (iframe.contentDocument) observe(iframe.contentDocument);
        } catch {
          // cross-origin: nothing to see there
        }
      }
    };
    const finish = (): void => {
      observer.disconnect();
      view.clearInterval(poll);
      view.clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    const check = (): void => {
      observe(doc);
      const found = probe();
      if (found === null) return;
      finish();
      resolve(found);
    };
    const onAbort = (): void => {
      finish();
      reject(abortReason(signal));
    };
    const poll = view.setInterval(check, POLL_MS);
    const timer = view.setTimeout(() => {
      finish();
      resolve(null);
    }, opts.timeoutMs);
    signal?.addEventListener('abort', onAbort, { once: true });
    observe(doc);
  });
}

function abortReason(signal: AbortSignal | undefined): unknown {
  return signal?.reason ?? new DOMException('Opération annulée', 'AbortError');
}

/** Throws the abort reason when `signal` has aborted. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortReason(signal);
}

/**
 * Resolves with the support form once a recognised one is in `doc` (or one of its same-origin
 * iframes); rejects with a {@link FormNotFoundError} in French after `timeoutMs`.
 */
export async function waitForForm(
  doc: Document,
  opts: { signal?: AbortSignal; timeoutMs?: number; mapping?: FormMapping } = {},
): Promise<FormView> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_FORM_TIMEOUT_MS;
  const mapping = opts.mapping ?? DEFAULT_FORM_MAPPING;
  // A plain form of the page (present before HubSpot's embed renders, or planted next to it) is
  // taken only once HubSpot's has had its time to appear.
  const started = Date.now();
  const grace = Math.min(GENERIC_GRACE_MS, timeoutMs / 2);
  const view = await waitForDom(
    doc,
    () => detectForm(doc, mapping, { allowGeneric: Date.now() - started >= grace }),
    {
      signal: opts.signal,
      timeoutMs,
    },
  );
  if (view) return view;
  const seconds = Math.round(timeoutMs / 100) / 10;
  throw new FormNotFoundError(
    `Le formulaire de support n'est pas apparu après ${String(seconds).replace('.', ',')} s : ` +
      'la page a peut-être changé ou la connexion est lente. Vous pouvez copier le texte de ' +
      "l'escalade et télécharger les captures pour le remplir vous-même.",
    seconds,
  );
}
