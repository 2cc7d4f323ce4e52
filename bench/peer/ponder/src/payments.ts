import { ponder } from 'ponder:registry';
import { license, model, payment, royaltyPayout } from 'ponder:schema';

import {
  addToAccountDay,
  addToModelDay,
  addToModelRevenue,
  addToModelTokenDay,
  addToProtocol,
  addToProtocolDay,
  addToRoyaltyBalance,
  addToToken,
} from './aggregates';

interface PaymentParts {
  gross: bigint;
  fee: bigint;
  parentCut: bigint;
  payoutTotal: bigint;
  ancestorPayoutTotal: bigint;
}

/** gross = fee + parentCut + Σ payouts of the paid model, and parentCut = Σ payouts of its ancestors (as the subgraph). */
const isReconciled = (p: PaymentParts) => p.fee + p.parentCut + p.payoutTotal === p.gross && p.parentCut === p.ancestorPayoutTotal;

ponder.on('LicenseMarket:PaymentSettled', async ({ event, context }) => {
  const { paymentId, modelId, licenseId, kind, payer, currency, gross, fee, parentCut, treasury } = event.args;
  const { db } = context;
  const { timestamp } = event.block;
  const parts = { gross, fee, parentCut, payoutTotal: 0n, ancestorPayoutTotal: 0n };
  await db.insert(payment).values({
    id: paymentId,
    modelId,
    licenseId,
    kind,
    payer,
    token: currency,
    ...parts,
    payoutCount: 0,
    reconciled: isReconciled(parts),
    timestamp,
    blockNumber: event.block.number,
    transactionHash: event.transaction.hash,
  });
  await db.update(license, { id: licenseId }).set((row) => ({ totalPaid: row.totalPaid + gross }));
  await db.update(model, { id: modelId }).set((row) => ({ paymentCount: row.paymentCount + 1 }));
  await addToProtocol(db, { paymentCount: 1 });
  await addToToken(db, currency, { cumulativeRevenue: gross, cumulativeFees: fee, marketBalance: gross, paymentCount: 1 });
  await addToModelRevenue(db, modelId, currency, { cumulativeGross: gross, cumulativeFees: fee, cumulativeParentCut: parentCut });
  // The fee is credited to the treasury's withdrawable balance, like any royalty.
  if (fee !== 0n) {
    await addToRoyaltyBalance(db, treasury, currency, { earned: fee, pending: fee }, { lastCreditAt: timestamp });
    await addToAccountDay(db, treasury, currency, timestamp, { credited: fee });
  }
  await addToProtocolDay(db, timestamp, { payments: 1 });
  await addToModelDay(db, modelId, timestamp, { payments: 1 });
  await addToModelTokenDay(db, modelId, currency, timestamp, { gross });
});

ponder.on('LicenseMarket:RoyaltyCredited', async ({ event, context }) => {
  const { paymentId, modelId, recipient, currency, amount, bps } = event.args;
  const { db } = context;
  const { timestamp } = event.block;
  const paid = await db.find(payment, { id: paymentId });
  if (!paid) throw new Error(`RoyaltyCredited for payment ${paymentId} before its PaymentSettled (tx ${event.transaction.hash})`);
  const fromDerivative = paid.modelId !== modelId;

  await db.insert(royaltyPayout).values({
    id: event.id,
    paymentId,
    modelId,
    paidModelId: paid.modelId,
    recipient,
    token: currency,
    amount,
    shareBps: bps,
    timestamp,
    blockNumber: event.block.number,
    transactionHash: event.transaction.hash,
  });
  const parts = {
    ...paid,
    payoutTotal: fromDerivative ? paid.payoutTotal : paid.payoutTotal + amount,
    ancestorPayoutTotal: fromDerivative ? paid.ancestorPayoutTotal + amount : paid.ancestorPayoutTotal,
  };
  await db.update(payment, { id: paymentId }).set({
    payoutTotal: parts.payoutTotal,
    ancestorPayoutTotal: parts.ancestorPayoutTotal,
    payoutCount: paid.payoutCount + 1,
    reconciled: isReconciled(parts),
  });
  await addToRoyaltyBalance(db, recipient, currency, { earned: amount, pending: amount }, { lastCreditAt: timestamp });
  await addToToken(db, currency, { cumulativeCredited: amount });
  await db.update(model, { id: modelId }).set((row) => ({ payoutCount: row.payoutCount + 1 }));
  await addToProtocol(db, { payoutCount: 1 });
  await addToModelRevenue(db, modelId, currency, { cumulativeCredited: amount, cumulativeDerivativeIncome: fromDerivative ? amount : 0n });
  await addToProtocolDay(db, timestamp, { payouts: 1 });
  await addToModelDay(db, modelId, timestamp, { payouts: 1 });
  await addToModelTokenDay(db, modelId, currency, timestamp, { credited: amount });
  await addToAccountDay(db, recipient, currency, timestamp, { credited: amount });
});
