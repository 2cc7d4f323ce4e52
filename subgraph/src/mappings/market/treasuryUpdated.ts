import { TreasuryUpdated } from '../../../generated/LicenseMarket/LicenseMarket';
import { getOrCreateProtocol } from '../../entities/protocol';

export function handleTreasuryUpdated(event: TreasuryUpdated): void {
  const protocol = getOrCreateProtocol();
  protocol.treasury = event.params.treasury;
  protocol.save();
}
