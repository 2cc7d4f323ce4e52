import { describe, expect, it } from 'vitest';

import { syncStatusText } from './syncStatusText';

const NOW = 1_800_000_000;
const hourOld = { number: 651, timestamp: NOW - 3_600, hasIndexingErrors: false };
const known = (head: bigint, latest: bigint, synced = true, health: 'healthy' | 'unhealthy' | 'failed' = 'healthy') => ({
  kind: 'known' as const,
  head,
  latest,
  synced,
  health,
});

describe('syncStatusText', () => {
  it('never calls a synced index behind, however old its last block', () => {
    const { text, tone } = syncStatusText(hourOld, known(651n, 651n), NOW, 'en-US');
    expect(text).toBe('Indexed block 651 · at the chain head · block mined 60 min ago');
    expect(text).not.toMatch(/behind/);
    expect(tone).toBe('neutral');
  });

  it('counts the blocks between the indexed block and the chain head', () => {
    expect(syncStatusText(hourOld, known(652n, 651n), NOW, 'en-US').text).toBe(
      'Indexed block 651 · 1 block behind the chain head (652) · block mined 60 min ago',
    );
    expect(syncStatusText({ ...hourOld, number: 1_200 }, known(12_345n, 1_200n), NOW, 'en-US').text).toBe(
      'Indexed block 1,200 · 11,145 blocks behind the chain head (12,345) · block mined 60 min ago',
    );
    // A head graph-node saw before its last indexed block (two polls apart) is not "behind" by a negative count.
    expect(syncStatusText(hourOld, known(650n, 651n), NOW, 'en-US').text).toMatch(/at the chain head/);
  });

  it('warns while graph-node is on its first sync', () => {
    const { text, tone } = syncStatusText({ ...hourOld, number: 10 }, known(651n, 10n, false), NOW, 'en-US');
    expect(text).toBe('Indexed block 10 · 641 blocks behind the chain head (651), catching up · block mined 60 min ago');
    expect(tone).toBe('warning');
  });

  it('says only what _meta gives without an index-node (a hosted subgraph): the block and its age', () => {
    const { text, tone } = syncStatusText(hourOld, { kind: 'none' }, NOW, 'en-US');
    expect(text).toBe('Indexed block 651 · block mined 60 min ago');
    expect(tone).toBe('neutral');
    expect(syncStatusText({ ...hourOld, timestamp: null }, { kind: 'none' }, NOW, 'en-US').text).toBe('Indexed block 651');
  });

  it('says so when the index-node was asked and could not tell the chain head', () => {
    expect(syncStatusText(hourOld, { kind: 'unknown', reason: 'the index-node status did not answer' }, NOW, 'en-US').text).toBe(
      'Indexed block 651 · block mined 60 min ago · chain head unknown (the index-node status did not answer)',
    );
  });

  it('reports indexing errors from either source', () => {
    expect(syncStatusText({ ...hourOld, hasIndexingErrors: true }, { kind: 'none' }, NOW, 'en-US')).toEqual({
      text: 'Indexed block 651 · block mined 60 min ago · indexing error: figures stop at this block (see graph-node logs)',
      tone: 'error',
    });
    expect(syncStatusText(hourOld, known(700n, 651n, true, 'failed'), NOW, 'en-US').tone).toBe('error');
    expect(syncStatusText(hourOld, known(651n, 651n, true, 'unhealthy'), NOW, 'en-US')).toEqual({
      text: 'Indexed block 651 · at the chain head · block mined 60 min ago · graph-node reports non-fatal indexing errors',
      tone: 'warning',
    });
  });

  it('states the block age in the unit that reads best', () => {
    const at = (seconds: number) => syncStatusText({ ...hourOld, timestamp: NOW - seconds }, { kind: 'none' }, NOW, 'en-US').text;
    expect(at(5)).toMatch(/mined 5 s ago/);
    expect(at(-30)).toMatch(/mined 0 s ago/);
    expect(at(3 * 3_600)).toMatch(/mined 3 h ago/);
    expect(at(3 * 86_400)).toMatch(/mined 3 days ago/);
  });
});
