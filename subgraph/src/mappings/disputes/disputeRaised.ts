import { DisputeRaised } from '../../../generated/DisputeResolver/DisputeResolver';
import { Dispute, License } from '../../../generated/schema';
import { DISPUTE_SUBJECTS } from '../../common/constants';
import { getOrCreateAccount } from '../../entities/account';
import { getOrCreateProtocol } from '../../entities/protocol';

export function handleDisputeRaised(event: DisputeRaised): void {
  const dispute = new Dispute(event.params.disputeId.toString());
  dispute.subject = DISPUTE_SUBJECTS[event.params.subject];
  const subjectId = event.params.subjectId.toString();
  if (dispute.subject == 'Model') {
    dispute.model = subjectId;
  } else {
    dispute.license = subjectId;
    dispute.model = License.load(subjectId)!.model;
  }
  dispute.claimant = getOrCreateAccount(event.params.claimant).id;
  dispute.bond = event.params.bond;
  dispute.evidenceURI = event.params.evidenceURI;
  dispute.status = 'Open';
  dispute.raisedAt = event.block.timestamp;
  dispute.transactionHash = event.transaction.hash;
  dispute.save();

  const protocol = getOrCreateProtocol();
  protocol.disputeCount += 1;
  protocol.save();
}
