import { describe, expect, it } from 'vitest';

import { computeEntitlements, type LineageModel } from './entitlement';

const creator = '0xc0';
const contributor = '0xd0';
const vault = '0xe0';

describe('computeEntitlements', () => {
  it('splits the net with the dust to the first recipient', () => {
    const model: LineageModel = { id: '1', royaltyBps: 0, creator, split: { recipients: [creator, contributor], bps: [6_667, 3_333] } };
    const rows = computeEntitlements(
      { gross: 1_000n, fee: 25n },
      [model],
      [
        { modelId: '1', recipient: creator, amount: 650n },
        { modelId: '1', recipient: contributor, amount: 324n },
      ],
    );
    // net 975: contributor 975 × 3,333 / 10,000 = 324 (rounded down); creator gets the rest, 651.
    expect(rows).toEqual([
      { modelId: '1', recipient: creator, expected: 651n, credited: 650n },
      { modelId: '1', recipient: contributor, expected: 324n, credited: 324n },
    ]);
  });

  it('routes the parent cut up a two-level lineage', () => {
    const child: LineageModel = { id: '3', royaltyBps: 500, creator: '0x03', split: null };
    const parent: LineageModel = {
      id: '2',
      royaltyBps: 1_000,
      creator: '0x02',
      split: { recipients: ['0x02', vault], bps: [5_000, 5_000] },
    };
    const root: LineageModel = { id: '1', royaltyBps: 2_000, creator: '0x01', split: null };
    const rows = computeEntitlements({ gross: 10_000n, fee: 250n }, [child, parent, root], []);
    // net 9,750; parent cut 975 (parent's 10 %); of it the root takes 975 × 20 % = 195; the parent's split shares 780.
    expect(rows.map((r) => [r.modelId, r.recipient, r.expected])).toEqual([
      ['3', '0x03', 8_775n],
      ['2', '0x02', 390n],
      ['2', vault, 390n],
      ['1', '0x01', 195n],
    ]);
  });

  it('shows credits nobody was entitled to', () => {
    const model: LineageModel = { id: '1', royaltyBps: 0, creator, split: null };
    const rows = computeEntitlements(
      { gross: 100n, fee: 0n },
      [model],
      [
        { modelId: '1', recipient: creator, amount: 100n },
        { modelId: '1', recipient: '0xbad', amount: 1n },
      ],
    );
    expect(rows).toContainEqual({ modelId: '1', recipient: '0xbad', expected: 0n, credited: 1n });
  });
});
