import { ponder } from 'ponder:registry';
import { license, model, payment, royaltyPayout } from 'ponder:schema';

import {
  addToAccountModelDay,
  addToModelDay,
  addToModelRevenue,
  addToModelTokenDay,
  addToProtocol,
  addToProtocolDay,
  addToProtocolTokenDay,
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
  const {
    paymentId,
    modelId,
    licenseId,
    kind,
    payer,
    currency,
    gross,
    fee,
    parentCut,
    treasury,
    creditedModelIds,
    recipients,
    amounts,
    bps,
  } = event.args;
  const { db } = context;
  const { timestamp } = event.block;
  const credits = amounts.map((amount, i) => ({ amount, modelId: creditedModelIds[i]!, recipient: recipients[i]!, bps: bps[i]! }));
  const sum = (values: bigint[]) => values.reduce((total, value) => total + value, 0n);
  const own = credits.filter((credit) => credit.modelId === modelId);
  const parts = {
    gross,
    fee,
    parentCut,
    payoutTotal: sum(own.map((c) => c.amount)),
    ancestorPayoutTotal: sum(credits.filter((c) => c.modelId !== modelId).map((c) => c.amount)),
  };
  await db.insert(payment).values({
    id: paymentId,
    modelId,
    licenseId,
    kind,
    payer,
    token: currency,
    ...parts,
    payoutCount: credits.length,
    reconciled: isReconciled(parts),
    timestamp,
    blockNumber: event.block.number,
    transactionHash: event.transaction.hash,
  });
  await db.update(license, { id: licenseId }).set((row) => ({ totalPaid: row.totalPaid + gross }));
  await db.update(model, { id: modelId }).set((row) => ({ paymentCount: row.paymentCount + 1 }));
  await addToProtocol(db, { paymentCount: 1, payoutCount: credits.length });
  await addToToken(db, currency, {
    cumulativeRevenue: gross,
    cumulativeFees: fee,
    marketBalance: gross,
    paymentCount: 1,
    cumulativeCredited: parts.payoutTotal + parts.ancestorPayoutTotal,
  });
  await addToModelRevenue(db, modelId, currency, { cumulativeGross: gross, cumulativeFees: fee, cumulativeParentCut: parentCut });
  // The fee is credited to the treasury's withdrawable balance, like any royalty.
  if (fee !== 0n) {
    await addToRoyaltyBalance(db, treasury, currency, { earned: fee, pending: fee }, { lastCreditAt: timestamp });
  }
  await addToProtocolDay(db, timestamp, { payments: 1, payouts: credits.length });
  await addToProtocolTokenDay(db, currency, timestamp, { revenue: gross, fees: fee });
  await addToModelDay(db, modelId, timestamp, { payments: 1 });
  await addToModelTokenDay(db, modelId, currency, timestamp, { gross });

  for (const [i, credit] of credits.entries()) {
    const fromDerivative = credit.modelId !== modelId;
    await db.insert(royaltyPayout).values({
      id: `${event.id}-${i}`,
      paymentId,
      modelId: credit.modelId,
      paidModelId: modelId,
      recipient: credit.recipient,
      token: currency,
      amount: credit.amount,
      shareBps: credit.bps,
      timestamp,
      blockNumber: event.block.number,
      transactionHash: event.transaction.hash,
    });
    await addToRoyaltyBalance(
      db,
      credit.recipient,
      currency,
      { earned: credit.amount, pending: credit.amount },
      { lastCreditAt: timestamp },
    );
    await db.update(model, { id: credit.modelId }).set((row) => ({ payoutCount: row.payoutCount + 1 }));
    await addToModelRevenue(db, credit.modelId, currency, {
      cumulativeCredited: credit.amount,
      cumulativeDerivativeIncome: fromDerivative ? credit.amount : 0n,
    });
    await addToModelDay(db, credit.modelId, timestamp, { payouts: 1 });
    await addToModelTokenDay(db, credit.modelId, currency, timestamp, { credited: credit.amount });
    await addToAccountModelDay(db, credit.recipient, credit.modelId, currency, timestamp, credit.amount);
  }
});
