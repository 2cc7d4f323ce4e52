import { INDEX_STATUS, SUBGRAPH_URL } from '../graphql/endpoint';
import { type ChainHead, syncStatusText, type Tone } from './syncStatusText';
import { useIndexingStatus } from './useIndexingStatus';
import { useSyncStatus } from './useSyncStatus';

const TONES: Record<Tone, string> = {
  neutral: 'bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300',
  warning: 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-100',
  error: 'bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100',
};

/**
 * Always visible: which block the figures are from, how far the index is behind the chain head (where graph-node's
 * index-node can tell), how old that block is, and whether indexing failed.
 */
export function SyncStatus() {
  const { data, error } = useSyncStatus();
  const chain = useChainHead();
  const meta = data?._meta;
  let tone: Tone = 'neutral';
  let text = 'Connecting to the subgraph…';
  if (error && !meta) {
    tone = 'error';
    text = `Cannot reach the subgraph at ${SUBGRAPH_URL}: is the stack running (npm start)? ${error.message}`;
  } else if (meta) {
    ({ text, tone } = syncStatusText(
      { number: meta.block.number, timestamp: meta.block.timestamp, hasIndexingErrors: meta.hasIndexingErrors },
      chain,
      Date.now() / 1000,
    ));
  }
  return (
    <p role="status" aria-live="polite" className={`px-4 py-1 text-center text-xs wrap-anywhere ${TONES[tone]}`} data-testid="sync-status">
      {text}
    </p>
  );
}

function useChainHead(): ChainHead {
  const { data, error } = useIndexingStatus();
  if (!INDEX_STATUS) return { kind: 'none' };
  const status = data?.indexingStatusForCurrentVersion;
  const chain = status?.chains[0];
  if (status && chain?.chainHeadBlock && chain.latestBlock) {
    return {
      kind: 'known',
      head: BigInt(chain.chainHeadBlock.number),
      latest: BigInt(chain.latestBlock.number),
      synced: status.synced,
      health: status.health,
    };
  }
  if (error) return { kind: 'unknown', reason: `${INDEX_STATUS.url} did not answer` };
  if (data)
    return {
      kind: 'unknown',
      reason: status ? 'graph-node has not seen the chain head yet' : `graph-node has no subgraph named ${INDEX_STATUS.subgraphName}`,
    };
  // Not answered yet: say nothing about the head rather than flash "unknown".
  return { kind: 'none' };
}
