import { formatTokenNumber, type TokenInfo, toDecimalString } from '../format/amount';
import { TokenSymbol } from './ChainText';

/**
 * A token amount in the reader's locale; the exact figure is in the tooltip and in data-raw for tests and copy. The
 * symbol is the token's own (on-chain) and is cut to a few characters, in full in the tooltip.
 */
export function Amount({ raw, token, fractionDigits }: { raw: string | bigint; token: TokenInfo; fractionDigits?: number }) {
  return (
    <span
      className="whitespace-nowrap tabular-nums"
      title={`${toDecimalString(raw, token.decimals)} ${token.symbol}`}
      data-raw={String(raw)}
    >
      {formatTokenNumber(raw, token.decimals, { fractionDigits })} <TokenSymbol symbol={token.symbol} />
    </span>
  );
}
