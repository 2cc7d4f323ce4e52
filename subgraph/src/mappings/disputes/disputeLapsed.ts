import { DisputeLapsed } from '../../../generated/DisputeResolver/DisputeResolver';
import { Dispute } from '../../../generated/schema';

export function handleDisputeLapsed(event: DisputeLapsed): void {
  const dispute = Dispute.load(event.params.disputeId.toString())!;
  dispute.status = 'Lapsed';
  dispute.bondRecipient = event.params.claimant;
  dispute.resolvedAt = event.block.timestamp;
  dispute.save();
}
