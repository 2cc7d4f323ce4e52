/**
 * What a holder can claim from a vault in one token, mirroring ShareVault's accounting (revenue per share scaled by
 * 1e36): owed at the last settlement plus the balance times the revenue per share accrued since, rounded down.
 */
export const RPS_SCALE = 10n ** 36n;

export function claimable(
  holding: { balance: bigint; owed: bigint; settledRevenuePerShare: bigint },
  vaultRevenuePerShare: bigint,
): bigint {
  return holding.owed + (holding.balance * (vaultRevenuePerShare - holding.settledRevenuePerShare)) / RPS_SCALE;
}

/** Revenue earned by one whole share (1e18 units) so far, in the token's smallest unit. */
export function revenuePerWholeShare(revenuePerShare: bigint): bigint {
  return (revenuePerShare * 10n ** 18n) / RPS_SCALE;
}
