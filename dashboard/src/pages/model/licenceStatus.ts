import { DAY_SECONDS } from '@modelmint/subgraph/api';
export type LicenceStatus = 'active' | 'expired' | 'revoked';

/** A licence is revoked after an upheld dispute, expired once its on-chain expiry has passed, else active. */
export function licenceStatus(
  licence: { revoked: boolean; perpetual: boolean; expiresAt?: string | null },
  nowSeconds: number,
): LicenceStatus {
  if (licence.revoked) return 'revoked';
  if (!licence.perpetual && licence.expiresAt && Number(licence.expiresAt) <= nowSeconds) return 'expired';
  return 'active';
}

/** '30 days', 'perpetual': offer and licence durations are seconds on-chain. */
export function formatDuration(seconds: string | number): string {
  const value = Number(seconds);
  if (value === 0) return 'perpetual';
  if (value % DAY_SECONDS === 0) return `${value / DAY_SECONDS} days`;
  if (value % 3_600 === 0) return `${value / 3_600} h`;
  return `${value} s`;
}
