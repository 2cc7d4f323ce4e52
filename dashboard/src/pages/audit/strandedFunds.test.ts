import { describe, expect, it } from 'vitest';

import { ageBucket, bucketUnclaimed, largestFirst, type Unclaimed } from './strandedFunds';

const DAY = 86_400;
const now = 200 * DAY;
const item = (token: string, amount: bigint, daysAgo: number): Unclaimed => ({
  kind: 'royalty balance',
  holder: '0x1',
  token,
  amount,
  lastCreditAt: now - daysAgo * DAY,
});

describe('stranded funds', () => {
  it('buckets by days since the last credit', () => {
    expect(ageBucket(now - 29 * DAY, now)).toBe('0–30 days');
    expect(ageBucket(now - 30 * DAY, now)).toBe('30–90 days');
    expect(ageBucket(now - 90 * DAY, now)).toBe('90+ days');
  });

  it('totals per token and bucket', () => {
    const totals = bucketUnclaimed([item('ETH', 5n, 1), item('ETH', 7n, 100), item('USDC', 3n, 45), item('ETH', 1n, 2)], now);
    expect(totals.get('ETH')).toEqual({ '0–30 days': 6n, '30–90 days': 0n, '90+ days': 7n });
    expect(totals.get('USDC')).toEqual({ '0–30 days': 0n, '30–90 days': 3n, '90+ days': 0n });
  });

  it('orders largest first within each token', () => {
    const sorted = largestFirst([item('B', 1n, 0), item('A', 2n, 0), item('A', 9n, 0)]);
    expect(sorted.map((u) => `${u.token}${u.amount}`)).toEqual(['A9', 'A2', 'B1']);
  });
});
