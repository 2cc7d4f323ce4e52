import { Withdrawn } from '../../../generated/LicenseMarket/LicenseMarket';
import { Withdrawal } from '../../../generated/schema';
import { eventId } from '../../common/ids';
import { getOrCreateRoyaltyBalance } from '../../entities/royaltyBalance';
import { getOrCreateToken } from '../../entities/token';
import { openProtocolTokenDay, writeProtocolTokenDay } from '../../metrics/dailySnapshots';

export function handleWithdrawn(event: Withdrawn): void {
  const timestamp = event.block.timestamp;
  const amount = event.params.amount;
  const token = getOrCreateToken(event.params.currency);
  const balance = getOrCreateRoyaltyBalance(event.params.account, token.id);

  const withdrawal = new Withdrawal(eventId(event));
  withdrawal.account = balance.account;
  withdrawal.token = token.id;
  withdrawal.amount = amount;
  withdrawal.timestamp = timestamp;
  withdrawal.blockNumber = event.block.number;
  withdrawal.transactionHash = event.transaction.hash;
  withdrawal.save();

  balance.withdrawn = balance.withdrawn.plus(amount);
  balance.pending = balance.pending.minus(amount);
  balance.lastWithdrawalAt = timestamp;
  balance.save();
  openProtocolTokenDay(token, timestamp);
  token.cumulativeWithdrawn = token.cumulativeWithdrawn.plus(amount);
  token.marketBalance = token.marketBalance.minus(amount);
  token.dayWithdrawn = token.dayWithdrawn.plus(amount);
  token.save();
  writeProtocolTokenDay(token);
}
