import { PaymentSettled } from '../../../generated/LicenseMarket/LicenseMarket';
import { License, Payment } from '../../../generated/schema';
import { LICENSE_TIERS, PAYMENT_KINDS, ZERO_BI } from '../../common/constants';
import { getOrCreateAccount } from '../../entities/account';
import { getOrCreateModelRevenue, loadModel } from '../../entities/model';
import { isReconciled } from '../../entities/payment';
import { getOrCreateProtocol } from '../../entities/protocol';
import { getOrCreateRoyaltyBalance } from '../../entities/royaltyBalance';
import { getOrCreateToken } from '../../entities/token';
import {
  openMarketDay,
  openModelTokenDay,
  openProtocolTokenDay,
  writeModelDay,
  writeModelTokenDay,
  writeProtocolDay,
  writeProtocolTokenDay,
} from '../../metrics/dailySnapshots';
import { creditAncestor, recordPayout } from './royaltyPayouts';

/** A payment and every credit it made: the Payment, one RoyaltyPayout per credit, and the running totals and day
 * series of the paid model, its ancestors, the recipients, the token and the protocol. */
export function handlePaymentSettled(event: PaymentSettled): void {
  const params = event.params;
  const timestamp = event.block.timestamp;
  const license = License.load(params.licenseId.toString())!;
  const model = loadModel(params.modelId);
  const protocol = getOrCreateProtocol();
  openMarketDay(protocol, model, timestamp);
  const token = getOrCreateToken(params.currency);
  openProtocolTokenDay(token, timestamp);

  const payment = new Payment(params.paymentId.toString());
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
  const creditedModelIds = params.creditedModelIds;
  const recipients = params.recipients;
  const amounts = params.amounts;
  const bps = params.bps;
  let ownPayouts = ZERO_BI;
  let ancestorPayouts = ZERO_BI;
  let ownCount = 0;
  const credits = amounts.length;
  for (let i = 0; i < credits; i++) {
    const amount = amounts[i];
    const creditedModel = creditedModelIds[i];
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
  model.dayPayments += 1;
  model.dayPayouts += ownCount;
  model.save();
  writeModelDay(model);
  protocol.paymentCount += 1;
  protocol.payoutCount += credits;
  protocol.dayPayments += 1;
  protocol.dayPayouts += credits;
  protocol.save();
  writeProtocolDay(protocol);
  token.cumulativeRevenue = token.cumulativeRevenue.plus(params.gross);
  token.cumulativeFees = token.cumulativeFees.plus(params.fee);
  token.marketBalance = token.marketBalance.plus(params.gross);
  token.cumulativeCredited = token.cumulativeCredited.plus(ownPayouts).plus(ancestorPayouts);
  token.paymentCount += 1;
  token.dayRevenue = token.dayRevenue.plus(params.gross);
  const byTier = token.dayRevenueByTier;
  const tier = LICENSE_TIERS.indexOf(license.tier);
  byTier[tier] = byTier[tier].plus(params.gross);
  token.dayRevenueByTier = byTier;
  token.dayFees = token.dayFees.plus(params.fee);
  token.save();
  writeProtocolTokenDay(token);

  const revenue = getOrCreateModelRevenue(model.id, token.id);
  openModelTokenDay(revenue, timestamp);
  revenue.cumulativeGross = revenue.cumulativeGross.plus(params.gross);
  revenue.cumulativeFees = revenue.cumulativeFees.plus(params.fee);
  revenue.cumulativeParentCut = revenue.cumulativeParentCut.plus(params.parentCut);
  revenue.cumulativeCredited = revenue.cumulativeCredited.plus(ownPayouts);
  revenue.dayGross = revenue.dayGross.plus(params.gross);
  revenue.dayCredited = revenue.dayCredited.plus(ownPayouts);
  revenue.save();
  writeModelTokenDay(revenue);

  // The fee is credited to the treasury's withdrawable balance, like any royalty.
  if (!params.fee.isZero()) {
    const treasury = getOrCreateRoyaltyBalance(params.treasury, token.id);
    treasury.earned = treasury.earned.plus(params.fee);
    treasury.pending = treasury.pending.plus(params.fee);
    treasury.lastCreditAt = timestamp;
    treasury.save();
  }
}
