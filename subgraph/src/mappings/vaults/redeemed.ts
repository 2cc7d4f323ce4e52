import { Redeemed } from '../../../generated/templates/ShareVault/ShareVault';
import { getOrCreateAccount } from '../../entities/account';
import { loadVault } from '../../entities/vault';

export function handleRedeemed(event: Redeemed): void {
  const vault = loadVault(event.address);
  vault.redeemedBy = getOrCreateAccount(event.params.account).id;
  vault.save();
}
