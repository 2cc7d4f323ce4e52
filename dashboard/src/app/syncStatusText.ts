import { formatCount } from '../format/amount';
import { DAY_SECONDS } from '@modelmint/subgraph/api';

/**
 * What the status bar says. Two separate facts: how far the index is behind the chain head (blocks, from graph-node's
 * index-node status), and how old the last indexed block is (from `_meta`). A quiet chain's last block can be an hour
 * old while the index is at its head, so the block's age is never called "behind"; without the index-node (a hosted
 * subgraph) nothing is said about the chain head at all.
 */
export interface IndexedBlock {
  number: number;
  /** Unix seconds; null when graph-node does not know it. */
  timestamp: number | null;
  hasIndexingErrors: boolean;
}

export type ChainHead =
  /** No index-node status endpoint for this subgraph. */
  | { kind: 'none' }
  /** Configured, but it did not answer, or answered without this subgraph or a head. */
  | { kind: 'unknown'; reason: string }
  | { kind: 'known'; head: bigint; latest: bigint; synced: boolean; health: 'healthy' | 'unhealthy' | 'failed' };

export type Tone = 'neutral' | 'warning' | 'error';

export function syncStatusText(indexed: IndexedBlock, chain: ChainHead, nowSeconds: number, locale?: string): { text: string; tone: Tone } {
  const count = (value: number | bigint) => formatCount(value, locale);
  const parts = [`Indexed block ${count(indexed.number)}`];
  let tone: Tone = 'neutral';
  if (chain.kind === 'known') {
    const behind = chain.head > chain.latest ? chain.head - chain.latest : 0n;
    if (behind === 0n) parts.push('at the chain head');
    else {
      parts.push(
        `${count(behind)} ${behind === 1n ? 'block' : 'blocks'} behind the chain head (${count(chain.head)})${chain.synced ? '' : ', catching up'}`,
      );
      // Still on its first sync: the figures are of the past until it catches up.
      if (!chain.synced) tone = 'warning';
    }
  }
  if (indexed.timestamp !== null) parts.push(`block mined ${age(Math.max(0, Math.round(nowSeconds - indexed.timestamp)))} ago`);
  if (chain.kind === 'unknown') parts.push(`chain head unknown (${chain.reason})`);

  if (indexed.hasIndexingErrors || (chain.kind === 'known' && chain.health === 'failed')) {
    tone = 'error';
    parts.push('indexing error: figures stop at this block (see graph-node logs)');
  } else if (chain.kind === 'known' && chain.health === 'unhealthy') {
    tone = 'warning';
    parts.push('graph-node reports non-fatal indexing errors');
  }
  return { text: parts.join(' · '), tone };
}

function age(seconds: number): string {
  if (seconds < 120) return `${seconds} s`;
  if (seconds < 7_200) return `${Math.round(seconds / 60)} min`;
  if (seconds < 172_800) return `${Math.round(seconds / 3_600)} h`;
  return `${Math.round(seconds / DAY_SECONDS)} days`;
}
