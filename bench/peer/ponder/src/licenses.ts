import { ponder } from 'ponder:registry';
import { license, model } from 'ponder:schema';

import { addToModelDay, addToProtocol, addToProtocolDay } from './aggregates';

ponder.on('LicenseMarket:LicensePurchased', async ({ event, context }) => {
  const { licenseId, offerId, modelId, holder, payer, expiresAt } = event.args;
  const { db } = context;
  await db.insert(license).values({
    id: licenseId,
    modelId,
    offerId,
    holder,
    purchaser: payer,
    expiresAt: expiresAt === 0 ? null : BigInt(expiresAt),
    renewals: 0,
    usageUnits: 0n,
    // PaymentSettled, which follows, adds every payment (the purchase included).
    totalPaid: 0n,
  });
  await db.update(model, { id: modelId }).set((row) => ({ licensesSold: row.licensesSold + 1 }));
  await addToProtocol(db, { licenseCount: 1 });
  await addToProtocolDay(db, event.block.timestamp, { licensesSold: 1 });
  await addToModelDay(db, modelId, event.block.timestamp, { licensesSold: 1 });
});

ponder.on('LicenseMarket:LicenseRenewed', async ({ event, context }) => {
  await context.db
    .update(license, { id: event.args.licenseId })
    .set((row) => ({ expiresAt: BigInt(event.args.expiresAt), renewals: row.renewals + 1 }));
});

ponder.on('LicenseMarket:UsagePaid', async ({ event, context }) => {
  const { licenseId, units, totalUnits } = event.args;
  const { db } = context;
  const { modelId } = await db.update(license, { id: licenseId }).set({ usageUnits: totalUnits });
  await db.update(model, { id: modelId }).set((row) => ({ usageUnits: row.usageUnits + units }));
  await addToProtocol(db, { cumulativeUsageUnits: units });
  await addToProtocolDay(db, event.block.timestamp, { usageUnits: units });
  await addToModelDay(db, modelId, event.block.timestamp, { usageUnits: units });
});
