import { formatCount } from '../format/amount';
import { SUBGRAPH_URL } from './endpoint';
import { useSyncStatus } from './useSyncStatus';

/** Always visible: which block the figures are from, how far behind the clock it is, and whether indexing failed. */
export function SyncStatus() {
  const { data, error } = useSyncStatus();
  const meta = data?._meta;
  let tone = 'bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300';
  let text = 'Connecting to the subgraph…';
  if (error && !meta) {
    tone = 'bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100';
    text = `Cannot reach the subgraph at ${SUBGRAPH_URL}: is the stack running (npm start)? ${error.message}`;
  } else if (meta) {
    const lag = meta.block.timestamp ? Math.max(0, Math.round(Date.now() / 1000 - meta.block.timestamp)) : null;
    text = `Indexed block ${formatCount(meta.block.number)}${lag === null ? '' : ` · ${lagText(lag)} behind the clock`}`;
    if (meta.hasIndexingErrors) {
      tone = 'bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100';
      text += ' · indexing error: figures stop at this block (see graph-node logs)';
    }
  }
  return (
    <p role="status" aria-live="polite" className={`px-4 py-1 text-center text-xs ${tone}`} data-testid="sync-status">
      {text}
    </p>
  );
}

function lagText(seconds: number): string {
  if (seconds < 120) return `${seconds} s`;
  if (seconds < 7_200) return `${Math.round(seconds / 60)} min`;
  return `${Math.round(seconds / 3_600)} h`;
}
