import { numberFormat } from './intlFormats';

/**
 * Amounts arrive from the subgraph as integer strings in the token's smallest unit. They stay exact (bigint) until
 * shown; Intl formats the exact decimal string in the reader's locale, so no digit is lost to floating point.
 */
export interface TokenInfo {
  symbol: string;
  decimals: number;
}

/** The exact decimal representation of `raw` smallest units: toDecimalString(1500000n, 6) === '1.5'. */
export function toDecimalString(raw: bigint | string, decimals: number): string {
  const value = BigInt(raw);
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  const fraction = digits.slice(digits.length - decimals).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** '1,234.5678' in the given locale, rounded to `fractionDigits` (exact input, no float conversion), without the symbol. */
export function formatTokenNumber(
  raw: bigint | string,
  decimals: number,
  { locale, fractionDigits = 4 }: { locale?: string; fractionDigits?: number } = {},
): string {
  const format = numberFormat(locale, { maximumFractionDigits: fractionDigits });
  // Intl.NumberFormat formats decimal strings exactly (ECMA-402 NumberFormat v3); the cast is for older lib typings.
  return format.format(toDecimalString(raw, decimals) as unknown as number);
}

/** '1,234.5678 ETH' in the given locale, rounded to `fractionDigits` (exact input, no float conversion). */
export function formatAmount(raw: bigint | string, token: TokenInfo, options: { locale?: string; fractionDigits?: number } = {}): string {
  return `${formatTokenNumber(raw, token.decimals, options)} ${token.symbol}`;
}

/** A float for chart axes only: charts plot shapes, tables and CSV carry the exact figures. */
export function toChartNumber(raw: bigint | string, decimals: number): number {
  return Number(toDecimalString(raw, decimals));
}

/** Change from `before` to `now` as a fraction (0.25 = +25 %); null when there was nothing before. */
export function relativeChange(now: bigint, before: bigint): number | null {
  if (before === 0n) return null;
  // Scaled to basis points in bigint first so large amounts keep their precision.
  return Number(((now - before) * 10_000n) / before) / 10_000;
}

export function formatChange(change: number | null, locale?: string): string {
  if (change === null) return 'new';
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(change);
}

export function formatCount(value: number | bigint | string, locale?: string): string {
  return numberFormat(locale).format(typeof value === 'string' ? BigInt(value) : value);
}
