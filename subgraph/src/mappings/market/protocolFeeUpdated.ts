import { ProtocolFeeUpdated } from '../../../generated/LicenseMarket/LicenseMarket';
import { getOrCreateProtocol } from '../../entities/protocol';

export function handleProtocolFeeUpdated(event: ProtocolFeeUpdated): void {
  const protocol = getOrCreateProtocol();
  protocol.feeBps = event.params.feeBps;
  protocol.save();
}
