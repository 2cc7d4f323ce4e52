import { DisputeResolved } from '../../../generated/DisputeResolver/DisputeResolver';
import { Dispute } from '../../../generated/schema';

export function handleDisputeResolved(event: DisputeResolved): void {
  const dispute = Dispute.load(event.params.disputeId.toString())!;
  dispute.status = event.params.upheld ? 'Upheld' : 'Rejected';
  dispute.bondRecipient = event.params.bondRecipient;
  dispute.reasonURI = event.params.reasonURI;
  dispute.resolvedAt = event.block.timestamp;
  dispute.save();
}
