import { describe, expect, it } from 'vitest';

import { formatAmount, formatChange, relativeChange, toDecimalString } from './amount';

const ETH = { symbol: 'ETH', decimals: 18 };
const USDC = { symbol: 'mUSDC', decimals: 6 };

describe('toDecimalString', () => {
  it('places the decimal point by the token decimals, exactly', () => {
    expect(toDecimalString(1_500_000n, 6)).toBe('1.5');
    expect(toDecimalString('1', 18)).toBe('0.000000000000000001');
    expect(toDecimalString(0n, 18)).toBe('0');
    expect(toDecimalString(-25n, 2)).toBe('-0.25');
    expect(toDecimalString(123n, 0)).toBe('123');
  });

  it('keeps every digit of amounts beyond 2^53', () => {
    expect(toDecimalString('123456789012345678901234567890', 18)).toBe('123456789012.34567890123456789');
  });
});

describe('formatAmount', () => {
  it('groups, rounds and labels in the given locale', () => {
    expect(formatAmount('1234567800000000000000', ETH, { locale: 'en-US' })).toBe('1,234.5678 ETH');
    expect(formatAmount('1234567800000000000000', ETH, { locale: 'de-DE' })).toBe('1.234,5678 ETH');
    expect(formatAmount(2_500_000n, USDC, { locale: 'en-US', fractionDigits: 2 })).toBe('2.5 mUSDC');
  });

  it('rounds without going through floating point', () => {
    expect(formatAmount('9007199254740993000000000000000000', ETH, { locale: 'en-US', fractionDigits: 0 })).toBe(
      '9,007,199,254,740,993 ETH',
    );
    expect(formatAmount('15', { symbol: 'X', decimals: 1 }, { locale: 'en-US', fractionDigits: 0 })).toBe('2 X');
  });
});

describe('relativeChange', () => {
  it('is the fraction gained, or null with no base', () => {
    expect(relativeChange(125n, 100n)).toBe(0.25);
    expect(relativeChange(50n, 100n)).toBe(-0.5);
    expect(relativeChange(5n, 0n)).toBeNull();
    expect(formatChange(0.25, 'en-US')).toBe('+25%');
    expect(formatChange(null)).toBe('new');
  });
});
