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
 * One step of the panel as a native disclosure (`details`/`summary`: reachable by Tab, toggled by
 * Enter or Space, announced as expanded or collapsed). The referent's own choice wins over `done`.
 */
export function Fold({ id, title, status, done = false, children }: Props) {
  const [chosen, setChosen] = useState<boolean | null>(null);
  const open = chosen ?? !done;
  return (
    <details
      className="ars-fold"
      id={id}
      open={open}
      onToggle={(e) => {
        const now = e.currentTarget.open;
        if (now !== open) setChosen(now);
      }}
    >
      <summary>
        <span className="ars-fold-title">{title}</span>
        {status && <span className="ars-fold-status"> · {status}</span>}
      </summary>
      {children}
    </details>
  );
}
