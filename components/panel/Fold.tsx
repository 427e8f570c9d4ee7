import { useState, type ReactNode } from 'react';

interface Props {
  id: string;
  title: string;
  /** A few words on where this step stands, shown beside the title even when folded. */
  status?: string;
  /** A finished or irrelevant step folds, until the referent opens or folds it themself. */
  done?: boolean;
  children: ReactNode;
}

/**
 * One step of the panel behind a disclosure button (`aria-expanded`, toggled by Enter or Space,
 * the button `#<id>-toggle`). A button rather than `details`/`summary`: Firefox ESR driven over
 * WebDriver BiDi did not toggle a summary on Enter, a button is activated alike everywhere. The
 * referent's own choice wins over `done`.
 */
export function Fold({ id, title, status, done = false, children }: Props) {
  const [chosen, setChosen] = useState<boolean | null>(null);
  const open = chosen ?? !done;
  return (
    <div className="ars-fold" id={id} data-open={open}>
      <button
        type="button"
        id={`${id}-toggle`}
        className="ars-fold-toggle"
        aria-expanded={open}
        aria-controls={`${id}-body`}
        onClick={() => setChosen(!open)}
      >
        <span className="ars-fold-title">{title}</span>
        {status && <span className="ars-fold-status"> · {status}</span>}
      </button>
      <div id={`${id}-body`} hidden={!open}>
        {children}
      </div>
    </div>
  );
}

/** Opens a fold from outside (the action bar's « Voir le ticket existant »). */
export function openFold(id: string): void {
  const toggle = document.getElementById(`${id}-toggle`);
  if (toggle?.getAttribute('aria-expanded') === 'false') toggle.click();
}
