import { DisputeBondUpdated } from '../../../generated/DisputeResolver/DisputeResolver';
import { getOrCreateProtocol } from '../../entities/protocol';

export function handleDisputeBondUpdated(event: DisputeBondUpdated): void {
  const protocol = getOrCreateProtocol();
  protocol.disputeBond = event.params.bond;
  protocol.save();
}
