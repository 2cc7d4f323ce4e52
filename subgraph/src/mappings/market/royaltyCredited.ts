import { RoyaltyCredited } from '../../../generated/LicenseMarket/LicenseMarket';
import { RoyaltyPayout } from '../../../generated/schema';
import { eventId } from '../../common/ids';
import { getOrCreateModelRevenue, loadModel } from '../../entities/model';
import { isReconciled, loadPayment } from '../../entities/payment';
import { getOrCreateProtocol } from '../../entities/protocol';
import { getOrCreateRoyaltyBalance } from '../../entities/royaltyBalance';
import { getOrCreateToken } from '../../entities/token';
import { rollExpiries } from '../../metrics/activeLicenses';
import {
  getOrCreateAccountDay,
  getOrCreateAccountModelDay,
  getOrCreateModelDay,
  getOrCreateModelTokenDay,
  getOrCreateProtocolDay,
} from '../../metrics/dailySnapshots';

export function handleRoyaltyCredited(event: RoyaltyCredited): void {
  let params = event.params;
  let timestamp = event.block.timestamp;
  let payment = loadPayment(params.paymentId);
  let model = loadModel(params.modelId);
  let protocol = getOrCreateProtocol();
  rollExpiries(protocol, model, timestamp);
  let token = getOrCreateToken(params.currency);
  let amount = params.amount;
  let fromDerivative = model.id != payment.model;

  let payout = new RoyaltyPayout(eventId(event));
  payout.payment = payment.id;
  payout.model = model.id;
  payout.paidModel = payment.model;
  payout.fromDerivative = fromDerivative;
  let balance = getOrCreateRoyaltyBalance(params.recipient, token.id);
  payout.recipient = balance.account;
  payout.token = token.id;
  payout.amount = amount;
  payout.shareBps = params.bps;
  payout.timestamp = timestamp;
  payout.blockNumber = event.block.number;
  payout.transactionHash = event.transaction.hash;
  payout.save();

  if (fromDerivative) {
    payment.ancestorPayoutTotal = payment.ancestorPayoutTotal.plus(amount);
  } else {
    payment.payoutTotal = payment.payoutTotal.plus(amount);
  }
  payment.payoutCount += 1;
  payment.reconciled = isReconciled(payment);
  payment.save();

  balance.earned = balance.earned.plus(amount);
  balance.pending = balance.pending.plus(amount);
  balance.lastCreditAt = timestamp;
  balance.save();
  token.cumulativeCredited = token.cumulativeCredited.plus(amount);
  token.save();
  model.payoutCount += 1;
  model.save();
  protocol.payoutCount += 1;
  protocol.save();

  let revenue = getOrCreateModelRevenue(model.id, token.id);
  revenue.cumulativeCredited = revenue.cumulativeCredited.plus(amount);
  if (fromDerivative) revenue.cumulativeDerivativeIncome = revenue.cumulativeDerivativeIncome.plus(amount);
  revenue.save();

  let protocolDay = getOrCreateProtocolDay(protocol, timestamp);
  protocolDay.dailyPayouts += 1;
  protocolDay.save();
  let modelDay = getOrCreateModelDay(model, timestamp);
  modelDay.dailyPayouts += 1;
  modelDay.save();
  let modelTokenDay = getOrCreateModelTokenDay(revenue, timestamp);
  modelTokenDay.dailyCredited = modelTokenDay.dailyCredited.plus(amount);
  modelTokenDay.save();
  let accountDay = getOrCreateAccountDay(balance, timestamp);
  accountDay.dailyCredited = accountDay.dailyCredited.plus(amount);
  accountDay.save();
  let accountModelDay = getOrCreateAccountModelDay(balance.account, model.id, token.id, timestamp);
  accountModelDay.dailyCredited = accountModelDay.dailyCredited.plus(amount);
  accountModelDay.save();
}
