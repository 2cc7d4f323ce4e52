import { describe, expect, it } from 'vitest';

import { claimable, revenuePerWholeShare, RPS_SCALE } from './claimable';

describe('claimable', () => {
  it('adds what accrued since the last settlement, rounded down', () => {
    // 1,000 units of revenue over 3e18 shares: the holder of 1e18 accrued 333.33… → 333.
    const rps = (1_000n * RPS_SCALE) / (3n * 10n ** 18n);
    expect(claimable({ balance: 10n ** 18n, owed: 5n, settledRevenuePerShare: 0n }, rps)).toBe(338n);
    expect(claimable({ balance: 10n ** 18n, owed: 0n, settledRevenuePerShare: rps }, rps)).toBe(0n);
    expect(revenuePerWholeShare(rps)).toBe(333n);
  });
});
