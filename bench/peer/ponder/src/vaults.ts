/**
 * Share vaults as the subgraph keeps them: holdings with holder counts, each vault's revenue per currency and what
 * each holder is owed, settled exactly as ShareVault._settle (balance × Δ revenue-per-share / 1e36, rounded down).
 */
import { type Context, ponder } from 'ponder:registry';
import { account, holding, holdingRevenue, vault, vaultTokenRevenue } from 'ponder:schema';
import { type Hex, zeroAddress } from 'viem';

import { addToProtocol } from './aggregates';

type Db = Context['db'];

const REVENUE_PER_SHARE_SCALE = 10n ** 36n;

/** Addresses as rows key them: lower-case (event arguments come checksummed, log addresses lower-case). */
const lower = (address: Hex) => address.toLowerCase() as Hex;

async function getOrCreateHolding(db: Db, vaultId: Hex, holder: Hex) {
  return (
    (await db.find(holding, { vault: vaultId, account: holder })) ??
    (await db.insert(holding).values({ vault: vaultId, account: holder, balance: 0n }))
  );
}

async function getOrCreateHoldingRevenue(db: Db, vaultId: Hex, holder: Hex, currency: Hex) {
  return (
    (await db.find(holdingRevenue, { vault: vaultId, account: holder, token: currency })) ??
    (await db
      .insert(holdingRevenue)
      .values({ vault: vaultId, account: holder, token: currency, owed: 0n, settledRevenuePerShare: 0n, claimed: 0n }))
  );
}

async function getOrCreateVaultRevenue(db: Db, vaultId: Hex, currency: Hex) {
  return (
    (await db.find(vaultTokenRevenue, { vault: vaultId, token: currency })) ??
    (await db
      .insert(vaultTokenRevenue)
      .values({ vault: vaultId, token: currency, cumulativeRevenue: 0n, cumulativeClaimed: 0n, unclaimed: 0n, revenuePerShare: 0n }))
  );
}

/** Moves what the holder earned since its last settlement into `owed`; returns what it is owed now. */
async function settle(db: Db, vaultId: Hex, holder: Hex, balance: bigint, currency: Hex): Promise<bigint> {
  // Ponder's update changes the row object `find` returned: read its figures first.
  const { owed, settledRevenuePerShare } = await getOrCreateHoldingRevenue(db, vaultId, holder, currency);
  const { revenuePerShare } = await getOrCreateVaultRevenue(db, vaultId, currency);
  if (revenuePerShare === settledRevenuePerShare) return owed;
  const settled = owed + (balance * (revenuePerShare - settledRevenuePerShare)) / REVENUE_PER_SHARE_SCALE;
  await db
    .update(holdingRevenue, { vault: vaultId, account: holder, token: currency })
    .set({ owed: settled, settledRevenuePerShare: revenuePerShare });
  return settled;
}

/** Sets a holding's balance and keeps the holder counts of the vault, the account and the protocol in step. */
async function setBalance(db: Db, vaultId: Hex, holder: Hex, previous: bigint, balance: bigint) {
  await db.update(holding, { vault: vaultId, account: holder }).set({ balance });
  const wasHolder = previous !== 0n;
  const isHolder = balance !== 0n;
  if (wasHolder === isHolder) return;
  const delta = isHolder ? 1 : -1;
  await db.update(vault, { id: vaultId }).set((row) => ({ holderCount: row.holderCount + delta }));
  const { vaultsHeld } = await db
    .insert(account)
    .values({ id: holder, vaultsHeld: delta })
    .onConflictDoUpdate((row) => ({ vaultsHeld: row.vaultsHeld + delta }));
  if ((isHolder && vaultsHeld === 1) || (!isHolder && vaultsHeld === 0)) await addToProtocol(db, { holderCount: delta });
}

ponder.on('ShareVaultFactory:ModelFractionalized', async ({ event, context }) => {
  const { db } = context;
  const { modelId, supply } = event.args;
  const vaultId = lower(event.args.vault);
  const owner = lower(event.args.owner);
  await db.insert(vault).values({ id: vaultId, modelId, totalSupply: supply, holderCount: 0, currencies: [] });
  await addToProtocol(db, { vaultCount: 1 });
  // The vault minted every share to the former owner while it was set up; the mint's Transfer is not counted again.
  await getOrCreateHolding(db, vaultId, owner);
  await setBalance(db, vaultId, owner, 0n, supply);
});

ponder.on('ShareVault:Transfer', async ({ event, context }) => {
  const { db } = context;
  const { value } = event.args;
  const [from, to, vaultId] = [lower(event.args.from), lower(event.args.to), lower(event.log.address)];
  if (from === zeroAddress || from === to) return;
  const { currencies, totalSupply } = (await db.find(vault, { id: vaultId }))!;
  const isBurn = to === zeroAddress;
  const senderBalance = (await getOrCreateHolding(db, vaultId, from)).balance;
  const receiverBalance = isBurn ? 0n : (await getOrCreateHolding(db, vaultId, to)).balance;
  for (const currency of currencies) {
    await settle(db, vaultId, from, senderBalance, currency);
    if (!isBurn) await settle(db, vaultId, to, receiverBalance, currency);
  }
  if (isBurn) await db.update(vault, { id: vaultId }).set({ totalSupply: totalSupply - value });
  await setBalance(db, vaultId, from, senderBalance, senderBalance - value);
  if (!isBurn) await setBalance(db, vaultId, to, receiverBalance, receiverBalance + value);
});

ponder.on('ShareVault:RevenueAccrued', async ({ event, context }) => {
  const { db } = context;
  const { amount, revenuePerShare } = event.args;
  const [currency, vaultId] = [lower(event.args.currency), lower(event.log.address)];
  await getOrCreateVaultRevenue(db, vaultId, currency);
  await db.update(vaultTokenRevenue, { vault: vaultId, token: currency }).set((row) => ({
    cumulativeRevenue: row.cumulativeRevenue + amount,
    unclaimed: row.unclaimed + amount,
    revenuePerShare,
  }));
  const { currencies, totalSupply, redeemedBy } = (await db.find(vault, { id: vaultId }))!;
  if (!currencies.includes(currency)) await db.update(vault, { id: vaultId }).set({ currencies: [...currencies, currency] });
  // After a redemption no shares remain: the vault owes later revenue to the redeemer alone.
  if (totalSupply === 0n && redeemedBy) {
    await getOrCreateHolding(db, vaultId, redeemedBy);
    await getOrCreateHoldingRevenue(db, vaultId, redeemedBy, currency);
    await db.update(holdingRevenue, { vault: vaultId, account: redeemedBy, token: currency }).set((row) => ({ owed: row.owed + amount }));
  }
});

ponder.on('ShareVault:RevenueClaimed', async ({ event, context }) => {
  const { db } = context;
  const { amount } = event.args;
  const [holder, currency, vaultId] = [lower(event.args.holder), lower(event.args.currency), lower(event.log.address)];
  // The vault settles the holder, then pays out everything it owes them.
  const { balance } = await getOrCreateHolding(db, vaultId, holder);
  const owed = await settle(db, vaultId, holder, balance, currency);
  await db
    .update(holdingRevenue, { vault: vaultId, account: holder, token: currency })
    .set((row) => ({ owed: owed - amount, claimed: row.claimed + amount }));
  await db.update(vaultTokenRevenue, { vault: vaultId, token: currency }).set((row) => ({
    cumulativeClaimed: row.cumulativeClaimed + amount,
    unclaimed: row.unclaimed - amount,
  }));
});

ponder.on('ShareVault:Redeemed', async ({ event, context }) => {
  await context.db.update(vault, { id: lower(event.log.address) }).set({ redeemedBy: lower(event.args.account) });
});
