import { BigInt, Bytes } from '@graphprotocol/graph-ts';

import { FractionalHolding, HoldingRevenue, ShareVault, VaultTokenRevenue } from '../../generated/schema';
import { REVENUE_PER_SHARE_SCALE, ZERO_BD, ZERO_BI } from '../common/constants';
import { getOrCreateAccount } from './account';
import { getOrCreateProtocol } from './protocol';

export function loadVault(address: Bytes): ShareVault {
  return ShareVault.load(address)!;
}

export function getOrCreateHolding(vault: ShareVault, account: Bytes): FractionalHolding {
  const id = vault.id.concat(account);
  let holding = FractionalHolding.load(id);
  if (holding == null) {
    getOrCreateAccount(account);
    holding = new FractionalHolding(id);
    holding.vault = vault.id;
    holding.account = account;
    holding.balance = ZERO_BI;
    holding.shareOfSupply = ZERO_BD;
    holding.save();
  }
  return holding;
}

export function getOrCreateVaultTokenRevenue(vault: Bytes, token: Bytes): VaultTokenRevenue {
  const id = vault.concat(token);
  let revenue = VaultTokenRevenue.load(id);
  if (revenue == null) {
    revenue = new VaultTokenRevenue(id);
    revenue.vault = vault;
    revenue.token = token;
    revenue.cumulativeRevenue = ZERO_BI;
    revenue.cumulativeClaimed = ZERO_BI;
    revenue.unclaimed = ZERO_BI;
    revenue.revenuePerShare = ZERO_BI;
    revenue.save();
  }
  return revenue;
}

export function getOrCreateHoldingRevenue(holding: FractionalHolding, token: Bytes): HoldingRevenue {
  const id = holding.id.concat(token);
  let revenue = HoldingRevenue.load(id);
  if (revenue == null) {
    revenue = new HoldingRevenue(id);
    revenue.holding = holding.id;
    revenue.token = token;
    revenue.owed = ZERO_BI;
    revenue.settledRevenuePerShare = ZERO_BI;
    revenue.claimed = ZERO_BI;
    revenue.save();
  }
  return revenue;
}

/** Mirrors ShareVault._settle: moves what `holding` earned since its last settlement into `owed`, rounding down
 * exactly as the vault does (balance × Δ revenue-per-share / 1e36). */
export function settleHolding(holding: FractionalHolding, token: Bytes): HoldingRevenue {
  const revenue = getOrCreateHoldingRevenue(holding, token);
  const current = getOrCreateVaultTokenRevenue(holding.vault, token).revenuePerShare;
  if (current.equals(revenue.settledRevenuePerShare)) return revenue;
  const earned = holding.balance.times(current.minus(revenue.settledRevenuePerShare)).div(REVENUE_PER_SHARE_SCALE);
  revenue.owed = revenue.owed.plus(earned);
  revenue.settledRevenuePerShare = current;
  revenue.save();
  return revenue;
}

/** Sets a holding's balance and keeps holder counts (vault, account, protocol) and its share of supply in step. */
export function setHoldingBalance(vault: ShareVault, holding: FractionalHolding, balance: BigInt): void {
  const wasHolder = !holding.balance.isZero();
  const isHolder = !balance.isZero();
  holding.balance = balance;
  holding.shareOfSupply = vault.totalSupply.isZero() ? ZERO_BD : balance.toBigDecimal().div(vault.totalSupply.toBigDecimal());
  holding.save();
  if (wasHolder == isHolder) return;

  const account = getOrCreateAccount(holding.account);
  const protocol = getOrCreateProtocol();
  const delta = isHolder ? 1 : -1;
  vault.holderCount += delta;
  account.vaultsHeld += delta;
  if ((isHolder && account.vaultsHeld == 1) || (!isHolder && account.vaultsHeld == 0)) {
    protocol.holderCount += delta;
    protocol.save();
  }
  account.save();
}
