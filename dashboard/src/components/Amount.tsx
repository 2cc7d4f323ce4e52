import { formatAmount, type TokenInfo, toDecimalString } from '../format/amount';

/** A token amount in the reader's locale; the exact figure is in the tooltip and in data-raw for tests and copy. */
export function Amount({ raw, token, fractionDigits }: { raw: string | bigint; token: TokenInfo; fractionDigits?: number }) {
  return (
    <span className="whitespace-nowrap tabular-nums" title={`${toDecimalString(raw, token.decimals)} ${token.symbol}`} data-raw={String(raw)}>
      {formatAmount(raw, token, { fractionDigits })}
    </span>
  );
}
