import { ponder } from 'ponder:registry';
import { model } from 'ponder:schema';

import { addToProtocol } from './aggregates';

ponder.on('ModelRegistry:ModelRegistered', async ({ event, context }) => {
  const { modelId, creator, parentId, name, category, royaltyBps } = event.args;
  await context.db.insert(model).values({
    id: modelId,
    creator,
    parentId,
    name,
    category,
    royaltyBps,
    licensesSold: 0,
    paymentCount: 0,
    payoutCount: 0,
    usageUnits: 0n,
  });
  await addToProtocol(context.db, { modelCount: 1 });
});
