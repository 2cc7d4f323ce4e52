import { describe, expect, it } from 'vitest';

import { formatDuration, licenceStatus } from './licenceStatus';

describe('licenceStatus', () => {
  it('is revoked first, then expired by on-chain expiry, else active', () => {
    expect(licenceStatus({ revoked: true, perpetual: true }, 0)).toBe('revoked');
    expect(licenceStatus({ revoked: false, perpetual: false, expiresAt: '100' }, 100)).toBe('expired');
    expect(licenceStatus({ revoked: false, perpetual: false, expiresAt: '101' }, 100)).toBe('active');
    expect(licenceStatus({ revoked: false, perpetual: true, expiresAt: null }, 1e12)).toBe('active');
  });

  it('formats durations', () => {
    expect(formatDuration('2592000')).toBe('30 days');
    expect(formatDuration(0)).toBe('perpetual');
    expect(formatDuration(7_200)).toBe('2 h');
  });
});
