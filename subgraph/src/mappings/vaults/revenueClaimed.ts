import { RevenueClaimed } from '../../../generated/templates/ShareVault/ShareVault';
import { VaultClaim } from '../../../generated/schema';
import { eventId } from '../../common/ids';
import { getOrCreateHolding, getOrCreateVaultTokenRevenue, loadVault, settleHolding } from '../../entities/vault';

export function handleRevenueClaimed(event: RevenueClaimed): void {
  const vault = loadVault(event.address);
  const token = event.params.currency;
  const amount = event.params.amount;

  const claim = new VaultClaim(eventId(event));
  claim.vault = vault.id;
  claim.holder = event.params.holder;
  claim.token = token;
  claim.amount = amount;
  claim.timestamp = event.block.timestamp;
  claim.blockNumber = event.block.number;
  claim.transactionHash = event.transaction.hash;
  claim.save();

  // The vault settles the holder, then pays out everything it owes them.
  const holding = getOrCreateHolding(vault, event.params.holder);
  const owed = settleHolding(holding, token);
  owed.owed = owed.owed.minus(amount);
  owed.claimed = owed.claimed.plus(amount);
  owed.save();

  const revenue = getOrCreateVaultTokenRevenue(vault.id, token);
  revenue.cumulativeClaimed = revenue.cumulativeClaimed.plus(amount);
  revenue.unclaimed = revenue.unclaimed.minus(amount);
  revenue.save();
}
