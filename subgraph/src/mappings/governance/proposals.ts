import { Address, BigInt, Bytes, ethereum } from '@graphprotocol/graph-ts';

import { Proposal, Vote } from '../../../generated/schema';
import { ZERO_BI } from '../../common/constants';
import { compositeId, eventId } from '../../common/ids';
import { getOrCreateAccount } from '../../entities/account';
import { getOrCreateProtocol } from '../../entities/protocol';

// Both governors (the marketplace DAO's and each vault's) are OpenZeppelin Governors emitting the same events; their
// handlers decode them with their own generated classes and share this bookkeeping.

function proposalId(governor: Address, id: BigInt): string {
  return compositeId([governor.toHexString(), id.toString()]);
}

export function loadProposal(governor: Address, id: BigInt): Proposal {
  return Proposal.load(proposalId(governor, id))!;
}

/** What a ProposalCreated event says, whichever governor emitted it. */
export class ProposalFields {
  id: BigInt;
  proposer: Address;
  targets: Address[];
  values: BigInt[];
  calldatas: Bytes[];
  voteStart: BigInt;
  voteEnd: BigInt;
  description: string;
}

export function recordProposal(
  event: ethereum.Event,
  fields: ProposalFields,
  kind: string,
  vault: Bytes | null,
  model: string | null,
): void {
  const proposal = new Proposal(proposalId(event.address, fields.id));
  proposal.kind = kind;
  proposal.governor = event.address;
  proposal.proposalId = fields.id;
  proposal.vault = vault;
  proposal.model = model;
  proposal.proposer = getOrCreateAccount(fields.proposer).id;
  proposal.targets = changetype<Bytes[]>(fields.targets);
  proposal.values = fields.values;
  proposal.calldatas = fields.calldatas;
  proposal.description = fields.description;
  proposal.voteStart = fields.voteStart;
  proposal.voteEnd = fields.voteEnd;
  proposal.forVotes = ZERO_BI;
  proposal.againstVotes = ZERO_BI;
  proposal.abstainVotes = ZERO_BI;
  proposal.status = 'Created';
  proposal.createdAt = event.block.timestamp;
  proposal.save();

  const protocol = getOrCreateProtocol();
  protocol.proposalCount += 1;
  protocol.save();
}

export function recordVote(event: ethereum.Event, voter: Address, id: BigInt, support: i32, weight: BigInt, reason: string): void {
  const proposal = loadProposal(event.address, id);
  const vote = new Vote(eventId(event));
  vote.proposal = proposal.id;
  vote.voter = getOrCreateAccount(voter).id;
  vote.support = support;
  vote.weight = weight;
  vote.reason = reason;
  vote.timestamp = event.block.timestamp;
  vote.blockNumber = event.block.number;
  vote.transactionHash = event.transaction.hash;
  vote.save();

  // GovernorCountingSimple: 0 against, 1 for, 2 abstain.
  if (support == 0) proposal.againstVotes = proposal.againstVotes.plus(weight);
  else if (support == 1) proposal.forVotes = proposal.forVotes.plus(weight);
  else proposal.abstainVotes = proposal.abstainVotes.plus(weight);
  proposal.save();
}

export function recordQueued(event: ethereum.Event, id: BigInt, eta: BigInt): void {
  const proposal = loadProposal(event.address, id);
  proposal.status = 'Queued';
  proposal.eta = eta;
  proposal.queuedAt = event.block.timestamp;
  proposal.save();
}

export function recordExecuted(event: ethereum.Event, id: BigInt): void {
  const proposal = loadProposal(event.address, id);
  proposal.status = 'Executed';
  proposal.executedAt = event.block.timestamp;
  proposal.save();
}

export function recordCanceled(event: ethereum.Event, id: BigInt): void {
  const proposal = loadProposal(event.address, id);
  proposal.status = 'Canceled';
  proposal.canceledAt = event.block.timestamp;
  proposal.save();
}
