import { RevenueAccrued } from '../../../generated/templates/ShareVault/ShareVault';
import { VaultRevenue } from '../../../generated/schema';
import { eventId } from '../../common/ids';
import { getOrCreateToken } from '../../entities/token';
import { getOrCreateHolding, getOrCreateHoldingRevenue, getOrCreateVaultTokenRevenue, loadVault } from '../../entities/vault';

export function handleRevenueAccrued(event: RevenueAccrued): void {
  const vault = loadVault(event.address);
  const token = getOrCreateToken(event.params.currency);
  const amount = event.params.amount;

  const record = new VaultRevenue(eventId(event));
  record.vault = vault.id;
  record.token = token.id;
  record.amount = amount;
  record.revenuePerShare = event.params.revenuePerShare;
  record.timestamp = event.block.timestamp;
  record.blockNumber = event.block.number;
  record.transactionHash = event.transaction.hash;
  record.save();

  const revenue = getOrCreateVaultTokenRevenue(vault.id, token.id);
  revenue.cumulativeRevenue = revenue.cumulativeRevenue.plus(amount);
  revenue.unclaimed = revenue.unclaimed.plus(amount);
  revenue.revenuePerShare = event.params.revenuePerShare;
  revenue.lastRevenueAt = event.block.timestamp;
  revenue.save();

  const currencies = vault.currencies;
  if (!currencies.includes(token.id)) {
    currencies.push(token.id);
    vault.currencies = currencies;
    vault.save();
  }
  // After a redemption no shares remain: the vault owes later revenue to the redeemer alone.
  const redeemer = vault.redeemedBy;
  if (vault.totalSupply.isZero() && redeemer !== null) {
    const owed = getOrCreateHoldingRevenue(getOrCreateHolding(vault, redeemer), token.id);
    owed.owed = owed.owed.plus(amount);
    owed.save();
  }
}
