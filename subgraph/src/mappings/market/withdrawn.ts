import { Withdrawn } from '../../../generated/LicenseMarket/LicenseMarket';
import { Withdrawal } from '../../../generated/schema';
import { eventId } from '../../common/ids';
import { getOrCreateRoyaltyBalance } from '../../entities/royaltyBalance';
import { getOrCreateToken } from '../../entities/token';
import { getOrCreateAccountDay, getOrCreateProtocolTokenDay } from '../../metrics/dailySnapshots';

export function handleWithdrawn(event: Withdrawn): void {
  let timestamp = event.block.timestamp;
  let amount = event.params.amount;
  let token = getOrCreateToken(event.params.currency);
  let balance = getOrCreateRoyaltyBalance(event.params.account, token.id);

  let withdrawal = new Withdrawal(eventId(event));
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
  token.cumulativeWithdrawn = token.cumulativeWithdrawn.plus(amount);
  token.marketBalance = token.marketBalance.minus(amount);
  token.save();

  let tokenDay = getOrCreateProtocolTokenDay(token, timestamp);
  tokenDay.dailyWithdrawn = tokenDay.dailyWithdrawn.plus(amount);
  tokenDay.save();
  let accountDay = getOrCreateAccountDay(balance, timestamp);
  accountDay.dailyWithdrawn = accountDay.dailyWithdrawn.plus(amount);
  accountDay.save();
}
