import { Address, BigInt, Bytes } from '@graphprotocol/graph-ts';

import { PaymentSettled } from '../../../generated/LicenseMarket/LicenseMarket';
import { Payment, Protocol, RoyaltyPayout, Token } from '../../../generated/schema';
import { eventId } from '../../common/ids';
import { getOrCreateModelRevenue, loadModel } from '../../entities/model';
import { getOrCreateRoyaltyBalance } from '../../entities/royaltyBalance';
import { creditAccountModelDay, openMarketDay, openModelTokenDay, writeModelDay, writeModelTokenDay } from '../../metrics/dailySnapshots';

// The credits of a payment, as PaymentSettled lists them. Each one is recorded and credited to its recipient here;
// the totals of the paid model, the token and the protocol are the caller's, which saves them once per payment.
// A recipient may appear more than once (in the paid model's split and an ancestor's), so every per-recipient entity
// is loaded, changed and saved within one credit.

/** Records credit `index` of the payment (`amount` to `recipient`, who holds `shareBps` of model `modelId`'s split)
 * as a RoyaltyPayout and adds it to the recipient's balance and day series by model. */
export function recordPayout(
  event: PaymentSettled,
  index: i32,
  payment: Payment,
  token: Token,
  modelId: string,
  recipient: Address,
  amount: BigInt,
  shareBps: i32,
): void {
  const timestamp = event.block.timestamp;
  const balance = getOrCreateRoyaltyBalance(recipient, token.id);

  const payout = new RoyaltyPayout(eventId(event).concatI32(index));
  payout.payment = payment.id;
  payout.model = modelId;
  payout.paidModel = payment.model;
  payout.fromDerivative = modelId != payment.model;
  payout.recipient = balance.account;
  payout.token = token.id;
  payout.amount = amount;
  payout.shareBps = shareBps;
  payout.timestamp = timestamp;
  payout.blockNumber = event.block.number;
  payout.transactionHash = event.transaction.hash;
  payout.save();

  balance.earned = balance.earned.plus(amount);
  balance.pending = balance.pending.plus(amount);
  balance.lastCreditAt = timestamp;
  creditAccountModelDay(balance, modelId, amount, timestamp);
  balance.save();
}

/** Adds a credit made under an ancestor's split (part of a derivative's parent cut) to that ancestor's totals. */
export function creditAncestor(protocol: Protocol, ancestorId: BigInt, token: Bytes, amount: BigInt, timestamp: BigInt): void {
  const ancestor = loadModel(ancestorId);
  openMarketDay(protocol, ancestor, timestamp);
  ancestor.payoutCount += 1;
  ancestor.dayPayouts += 1;
  ancestor.save();
  writeModelDay(ancestor);
  const revenue = getOrCreateModelRevenue(ancestor.id, token);
  openModelTokenDay(revenue, timestamp);
  revenue.cumulativeCredited = revenue.cumulativeCredited.plus(amount);
  revenue.cumulativeDerivativeIncome = revenue.cumulativeDerivativeIncome.plus(amount);
  revenue.dayCredited = revenue.dayCredited.plus(amount);
  revenue.save();
  writeModelTokenDay(revenue);
}
