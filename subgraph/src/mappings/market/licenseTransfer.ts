import { Address } from '@graphprotocol/graph-ts';

import { Transfer } from '../../../generated/LicenseMarket/LicenseMarket';
import { License } from '../../../generated/schema';
import { getOrCreateAccount } from '../../entities/account';

/** A transferable licence changed hands. Mints are left to LicensePurchased, which follows them. */
export function handleLicenseTransfer(event: Transfer): void {
  if (event.params.from.equals(Address.zero())) return;
  const license = License.load(event.params.id.toString())!;
  license.holder = getOrCreateAccount(event.params.to).id;
  license.save();
}
