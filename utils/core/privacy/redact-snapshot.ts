import type { Breadcrumb, SisiaoContext, TechSignal } from '../context';
import { redactPersonal } from './redact-personal';
import { redactUnsafe, type SafeWords } from './safe-text';

interface Snapshot {
  context: SisiaoContext;
  breadcrumbs: Breadcrumb[];
  signals: TechSignal[];
}

/**
 * What the panel receives from a SI SIAO page, with what the strict masking would hide on the
 * screen hidden in text too: a click on « DUPONT Marie » becomes a click on « [masqué] », an error
 * toast naming a usager loses the name, and so does the screen's title. Read as the application
 * speaking (lower-case prose kept, names stand out by their capitals). Done before anything is
 * written: steps, « Résultat obtenu », the suggested subject all come from here.
 */
export function redactSnapshot<T extends Snapshot>(snapshot: T, safe: SafeWords): T {
  const text = (s: string) => redactUnsafe(s, safe, true);
  return {
    ...snapshot,
    context: {
      ...snapshot.context,
      pageTitle: snapshot.context.pageTitle ? text(snapshot.context.pageTitle) : null,
    },
    breadcrumbs: snapshot.breadcrumbs.map((b) => ({ ...b, label: text(b.label) })),
    // Script errors are the browser's English: only what looks personal goes.
    signals: snapshot.signals.map((s) =>
      s.message ? { ...s, message: redactPersonal(s.message) } : s,
    ),
  };
}
