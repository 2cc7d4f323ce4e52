import { Bytes } from '@graphprotocol/graph-ts';

import { Token } from '../../generated/schema';
import { ETH_ADDRESS, NO_DAY, ZERO_BI } from '../common/constants';

/** A currency. ETH is known; an ERC-20 is created by the DAO's CurrencyAllowed event, which carries its metadata,
 * so the fallback (no symbol, 0 decimals, as the contract reports for tokens without metadata) is never reached by
 * a currency an offer can use. */
export function getOrCreateToken(address: Bytes): Token {
  let token = Token.load(address);
  if (token == null) {
    token = new Token(address);
    const isEth = address.equals(ETH_ADDRESS);
    token.symbol = isEth ? 'ETH' : '';
    token.decimals = isEth ? 18 : 0;
    token.allowed = isEth;
    token.cumulativeRevenue = ZERO_BI;
    token.cumulativeFees = ZERO_BI;
    token.cumulativeCredited = ZERO_BI;
    token.cumulativeWithdrawn = ZERO_BI;
    token.marketBalance = ZERO_BI;
    token.paymentCount = 0;
    token.snapshotDay = NO_DAY;
    token.dayRevenue = ZERO_BI;
    token.dayRevenueByTier = [];
    token.dayFees = ZERO_BI;
    token.dayWithdrawn = ZERO_BI;
    token.save();
  }
  return token;
}
