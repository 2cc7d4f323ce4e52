import { PaymentSettled } from '../../../generated/LicenseMarket/LicenseMarket';
import { License, Payment } from '../../../generated/schema';
import { LICENSE_TIERS, PAYMENT_KINDS, ZERO_BI } from '../../common/constants';
import { getOrCreateAccount } from '../../entities/account';
import { getOrCreateModelRevenue, loadModel } from '../../entities/model';
import { isReconciled } from '../../entities/payment';
import { getOrCreateProtocol } from '../../entities/protocol';
import { getOrCreateRoyaltyBalance } from '../../entities/royaltyBalance';
import { getOrCreateToken } from '../../entities/token';
import { rollExpiries } from '../../metrics/activeLicenses';
import {
  getOrCreateAccountDay,
  getOrCreateModelDay,
  getOrCreateModelTokenDay,
  getOrCreateProtocolDay,
  getOrCreateProtocolTokenDay,
} from '../../metrics/dailySnapshots';

export function handlePaymentSettled(event: PaymentSettled): void {
  let params = event.params;
  let timestamp = event.block.timestamp;
  let license = License.load(params.licenseId.toString())!;
  let model = loadModel(params.modelId);
  let protocol = getOrCreateProtocol();
  rollExpiries(protocol, model, timestamp);
  let token = getOrCreateToken(params.currency);

  let payment = new Payment(params.paymentId.toString());
  payment.paymentId = params.paymentId;
  payment.kind = PAYMENT_KINDS[params.kind];
  payment.model = model.id;
  payment.license = license.id;
  payment.tier = license.tier;
  payment.payer = getOrCreateAccount(params.payer).id;
  payment.token = token.id;
  payment.gross = params.gross;
  payment.fee = params.fee;
  payment.parentCut = params.parentCut;
  payment.payoutTotal = ZERO_BI;
  payment.ancestorPayoutTotal = ZERO_BI;
  payment.payoutCount = 0;
  payment.reconciled = isReconciled(payment);
  payment.treasury = params.treasury;
  payment.timestamp = timestamp;
  payment.blockNumber = event.block.number;
  payment.transactionHash = event.transaction.hash;
  payment.save();

  license.totalPaid = license.totalPaid.plus(params.gross);
  license.save();
  model.paymentCount += 1;
  model.save();
  protocol.paymentCount += 1;
  protocol.save();
  token.cumulativeRevenue = token.cumulativeRevenue.plus(params.gross);
  token.cumulativeFees = token.cumulativeFees.plus(params.fee);
  token.marketBalance = token.marketBalance.plus(params.gross);
  token.paymentCount += 1;
  token.save();

  let revenue = getOrCreateModelRevenue(model.id, token.id);
  revenue.cumulativeGross = revenue.cumulativeGross.plus(params.gross);
  revenue.cumulativeFees = revenue.cumulativeFees.plus(params.fee);
  revenue.cumulativeParentCut = revenue.cumulativeParentCut.plus(params.parentCut);
  revenue.save();

  // The fee is credited to the treasury's withdrawable balance, like any royalty.
  if (!params.fee.isZero()) {
    let treasury = getOrCreateRoyaltyBalance(params.treasury, token.id);
    treasury.earned = treasury.earned.plus(params.fee);
    treasury.pending = treasury.pending.plus(params.fee);
    treasury.lastCreditAt = timestamp;
    treasury.save();
    let treasuryDay = getOrCreateAccountDay(treasury, timestamp);
    treasuryDay.dailyCredited = treasuryDay.dailyCredited.plus(params.fee);
    treasuryDay.save();
  }

  let protocolDay = getOrCreateProtocolDay(protocol, timestamp);
  protocolDay.dailyPayments += 1;
  protocolDay.save();
  let tokenDay = getOrCreateProtocolTokenDay(token, timestamp);
  tokenDay.dailyRevenue = tokenDay.dailyRevenue.plus(params.gross);
  let byTier = tokenDay.dailyRevenueByTier;
  let tier = LICENSE_TIERS.indexOf(license.tier);
  byTier[tier] = byTier[tier].plus(params.gross);
  tokenDay.dailyRevenueByTier = byTier;
  tokenDay.dailyFees = tokenDay.dailyFees.plus(params.fee);
  tokenDay.save();
  let modelDay = getOrCreateModelDay(model, timestamp);
  modelDay.dailyPayments += 1;
  modelDay.save();
  let modelTokenDay = getOrCreateModelTokenDay(revenue, timestamp);
  modelTokenDay.dailyGross = modelTokenDay.dailyGross.plus(params.gross);
  modelTokenDay.save();
}
