import { dataSource } from '@graphprotocol/graph-ts';

import {
  ProposalCanceled,
  ProposalCreated,
  ProposalExecuted,
  ProposalQueued,
  VoteCast,
  VoteCastWithParams,
} from '../../../generated/templates/VaultGovernor/VaultGovernor';
import { ProposalFields, recordCanceled, recordExecuted, recordProposal, recordQueued, recordVote } from './proposals';

export function handleProposalCreated(event: ProposalCreated): void {
  const p = event.params;
  const fields: ProposalFields = {
    id: p.proposalId,
    proposer: p.proposer,
    targets: p.targets,
    values: p.values,
    calldatas: p.calldatas,
    voteStart: p.voteStart,
    voteEnd: p.voteEnd,
    description: p.description,
  };
  const context = dataSource.context();
  recordProposal(event, fields, 'Vault', context.getBytes('vault'), context.getString('model'));
}

export function handleVoteCast(event: VoteCast): void {
  const p = event.params;
  recordVote(event, p.voter, p.proposalId, p.support, p.weight, p.reason);
}

/** A vote cast with parameters (castVoteWithReasonAndParams) counts as any other; the parameters are not kept. */
export function handleVoteCastWithParams(event: VoteCastWithParams): void {
  const p = event.params;
  recordVote(event, p.voter, p.proposalId, p.support, p.weight, p.reason);
}

export function handleProposalQueued(event: ProposalQueued): void {
  recordQueued(event, event.params.proposalId, event.params.etaSeconds);
}

export function handleProposalExecuted(event: ProposalExecuted): void {
  recordExecuted(event, event.params.proposalId);
}

export function handleProposalCanceled(event: ProposalCanceled): void {
  recordCanceled(event, event.params.proposalId);
}
