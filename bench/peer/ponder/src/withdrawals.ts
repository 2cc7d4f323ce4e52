import { ponder } from 'ponder:registry';
import { withdrawal } from 'ponder:schema';

import { addToProtocolTokenDay, addToRoyaltyBalance, addToToken } from './aggregates';

ponder.on('LicenseMarket:Withdrawn', async ({ event, context }) => {
  const { account, currency, amount } = event.args;
  const { db } = context;
  const { timestamp } = event.block;
  await db.insert(withdrawal).values({
    id: event.id,
    account,
    token: currency,
    amount,
    timestamp,
    blockNumber: event.block.number,
    transactionHash: event.transaction.hash,
  });
  await addToRoyaltyBalance(db, account, currency, { withdrawn: amount, pending: -amount }, { lastWithdrawalAt: timestamp });
  await addToToken(db, currency, { cumulativeWithdrawn: amount, marketBalance: -amount });
  await addToProtocolTokenDay(db, currency, timestamp, { withdrawn: amount });
});
