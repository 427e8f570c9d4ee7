/**
 * Multi-step support forms render a later step only when the person clicks « Suivant »: the
 * fields of that step are not in the page when the form is first filled. This watches the page
 * and fills them when they appear, with the same plan and the same care (never over what the
 * person typed, never submitting), then reports on them alone.
 */
import { fieldsNotFound, fillForm, type FillPlan, type FillReport } from './fill';
import { DEFAULT_FORM_MAPPING, type FormField, type FormMapping } from './form-mapping';
import { refreshView, type FormView } from './form-view';

export interface FillLaterOptions {
  signal?: AbortSignal;
  mapping?: FormMapping;
  /** Quiet time after the last change of the page before looking again (a step renders in bursts). */
  settleMs?: number;
  /** Per-field wait, as for the first pass. */
  timeoutMs?: number;
  /** Called after each pass that found some of the missing fields; `left` may still come. */
  onReport: (report: FillReport, left: readonly FormField[]) => void;
}

/**
 * Fills `missing` fields of `view`'s form as they appear. Stops once none is missing, when
 * `signal` aborts, or when the returned function is called.
 */
export function fillLaterSteps(
  view: FormView,
  plan: FillPlan,
  missing: readonly FormField[],
  opts: FillLaterOptions,
): () => void {
  const doc = view.root.ownerDocument;
  const win = doc.defaultView;
  const mapping = opts.mapping ?? DEFAULT_FORM_MAPPING;
  let left = [...missing];
  let current = view;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let busy = false;
  let again = false;
  let stopped = left.length === 0 || !win;

  const observer = win ? new win.MutationObserver(() => schedule()) : null;
  const stop = (): void => {
    stopped = true;
    clearTimeout(timer);
    observer?.disconnect();
    opts.signal?.removeEventListener('abort', stop);
  };
  const schedule = (): void => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => void look(), opts.settleMs ?? 250);
  };
  const look = async (): Promise<void> => {
    if (stopped) return;
    if (busy) {
      again = true;
      return;
    }
    current = refreshView(current, mapping);
    // Only a field of the plan that is now in the form is worth a pass; its dependants follow.
    if (!left.some((field) => current.fields[field])) return;
    busy = true;
    try {
      const report = await fillForm(current, plan, {
        only: left,
        signal: opts.signal,
        timeoutMs: opts.timeoutMs,
        mapping,
      });
      left = fieldsNotFound(report);
      if (stopped) return;
      opts.onReport(report, left);
      if (left.length === 0) stop();
    } catch {
      stop(); // aborted: the page is going away
    } finally {
      busy = false;
      if (again && !stopped) {
        again = false;
        schedule();
      }
    }
  };

  if (!stopped && observer) {
    observer.observe(doc.documentElement, { childList: true, subtree: true });
    opts.signal?.addEventListener('abort', stop, { once: true });
  }
  return stop;
}
