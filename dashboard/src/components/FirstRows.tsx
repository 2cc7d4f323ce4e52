import { type ReactNode, useState } from 'react';

/**
 * Renders the first `limit` rows through `children`, and a button that shows the rest: a long ledger costs a phone
 * its layout time for rows below the fold, which the reader may never open.
 */
export function FirstRows<T>({ rows, limit = 20, children }: { rows: T[]; limit?: number; children: (shown: T[]) => ReactNode }) {
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? rows : rows.slice(0, limit);
  return (
    <>
      {children(shown)}
      {shown.length < rows.length && (
        <button
          type="button"
          onClick={() => setExpanded(true)}
          className="mt-2 rounded border border-slate-300 px-2 py-1 text-xs dark:border-slate-700"
        >
          Show all {rows.length}
        </button>
      )}
    </>
  );
}
