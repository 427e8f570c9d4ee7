import { Fragment, type ReactNode } from 'react';
import { t, type MessageKey } from '../utils/i18n';

/**
 * A catalogue sentence whose placeholders are elements: French content (an article's heading, a
 * nomenclature label) keeps its own `lang="fr"` inside an English sentence.
 */
export function Phrase({ k, parts }: { k: MessageKey; parts: Record<string, ReactNode> }) {
  const pieces = t(k).split(/\{(\w+)\}/);
  return (
    <>
      {pieces.map((piece, i) => (
        <Fragment key={i}>{i % 2 ? (parts[piece] ?? `{${piece}}`) : piece}</Fragment>
      ))}
    </>
  );
}

/** French content shown as it is written, marked so (screen readers, the English walk). */
export function French({ children }: { children: ReactNode }) {
  return <span lang="fr">{children}</span>;
}
