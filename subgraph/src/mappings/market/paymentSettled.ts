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
import { creditAncestor, recordPayout } from './royaltyPayouts';

/** A payment and every credit it made: the Payment, one RoyaltyPayout per credit, and the running totals and day
 * series of the paid model, its ancestors, the recipients, the token and the protocol. */
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
  payment.treasury = params.treasury;
  payment.timestamp = timestamp;
  payment.blockNumber = event.block.number;
  payment.transactionHash = event.transaction.hash;

  // Each array getter decodes the whole array: read once.
  let creditedModelIds = params.creditedModelIds;
  let recipients = params.recipients;
  let amounts = params.amounts;
  let bps = params.bps;
  let ownPayouts = ZERO_BI;
  let ancestorPayouts = ZERO_BI;
  let ownCount = 0;
  let credits = amounts.length;
  for (let i = 0; i < credits; i++) {
    let amount = amounts[i];
    let creditedModel = creditedModelIds[i];
    recordPayout(event, i, payment, token, creditedModel.toString(), recipients[i], amount, bps[i]);
    if (creditedModel.equals(params.modelId)) {
      ownPayouts = ownPayouts.plus(amount);
      ownCount += 1;
    } else {
      ancestorPayouts = ancestorPayouts.plus(amount);
      creditAncestor(protocol, creditedModel, token.id, amount, timestamp);
    }
  }
  payment.payoutTotal = ownPayouts;
  payment.ancestorPayoutTotal = ancestorPayouts;
  payment.payoutCount = credits;
  payment.reconciled = isReconciled(payment);
  payment.save();

  license.totalPaid = license.totalPaid.plus(params.gross);
  license.save();
  model.paymentCount += 1;
  model.payoutCount += ownCount;
  model.save();
  protocol.paymentCount += 1;
  protocol.payoutCount += credits;
  protocol.save();
  token.cumulativeRevenue = token.cumulativeRevenue.plus(params.gross);
  token.cumulativeFees = token.cumulativeFees.plus(params.fee);
  token.marketBalance = token.marketBalance.plus(params.gross);
  token.cumulativeCredited = token.cumulativeCredited.plus(ownPayouts).plus(ancestorPayouts);
  token.paymentCount += 1;
  token.save();

  let revenue = getOrCreateModelRevenue(model.id, token.id);
  revenue.cumulativeGross = revenue.cumulativeGross.plus(params.gross);
  revenue.cumulativeFees = revenue.cumulativeFees.plus(params.fee);
  revenue.cumulativeParentCut = revenue.cumulativeParentCut.plus(params.parentCut);
  revenue.cumulativeCredited = revenue.cumulativeCredited.plus(ownPayouts);
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
  protocolDay.dailyPayouts += credits;
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
  modelDay.dailyPayouts += ownCount;
  modelDay.save();
  let modelTokenDay = getOrCreateModelTokenDay(revenue, timestamp);
  modelTokenDay.dailyGross = modelTokenDay.dailyGross.plus(params.gross);
  modelTokenDay.dailyCredited = modelTokenDay.dailyCredited.plus(ownPayouts);
  modelTokenDay.save();
}
