/** Proposals of the marketplace DAO's governor and of every vault's, with their tallies and states, as the subgraph. */
import { type Context, ponder } from 'ponder:registry';
import { dispute, proposal } from 'ponder:schema';
import type { Hex } from 'viem';

import { addToProtocol } from './aggregates';

type Db = Context['db'];

/** governor-proposalId, as the subgraph's Proposal id. */
const proposalKey = (governor: Hex, id: bigint) => `${governor.toLowerCase()}-${id}`;

async function created(db: Db, governor: Hex, id: bigint) {
  await db.insert(proposal).values({ id: proposalKey(governor, id), status: 'Created', forVotes: 0n, againstVotes: 0n, abstainVotes: 0n });
  await addToProtocol(db, { proposalCount: 1 });
}

/** GovernorCountingSimple: 0 against, 1 for, 2 abstain. */
async function voted(db: Db, governor: Hex, id: bigint, support: number, weight: bigint) {
  await db
    .update(proposal, { id: proposalKey(governor, id) })
    .set((row) =>
      support === 0
        ? { againstVotes: row.againstVotes + weight }
        : support === 1
          ? { forVotes: row.forVotes + weight }
          : { abstainVotes: row.abstainVotes + weight },
    );
}

async function setStatus(db: Db, governor: Hex, id: bigint, status: string) {
  await db.update(proposal, { id: proposalKey(governor, id) }).set({ status });
}

for (const governor of ['MarketGovernor', 'VaultGovernor'] as const) {
  ponder.on(`${governor}:ProposalCreated`, ({ event, context }) => created(context.db, event.log.address, event.args.proposalId));
  ponder.on(`${governor}:VoteCast`, ({ event, context }) =>
    voted(context.db, event.log.address, event.args.proposalId, event.args.support, event.args.weight),
  );
  ponder.on(`${governor}:VoteCastWithParams`, ({ event, context }) =>
    voted(context.db, event.log.address, event.args.proposalId, event.args.support, event.args.weight),
  );
  ponder.on(`${governor}:ProposalQueued`, ({ event, context }) =>
    setStatus(context.db, event.log.address, event.args.proposalId, 'Queued'),
  );
  ponder.on(`${governor}:ProposalExecuted`, ({ event, context }) =>
    setStatus(context.db, event.log.address, event.args.proposalId, 'Executed'),
  );
  ponder.on(`${governor}:ProposalCanceled`, ({ event, context }) =>
    setStatus(context.db, event.log.address, event.args.proposalId, 'Canceled'),
  );
}

ponder.on('DisputeResolver:DisputeRaised', async ({ event, context }) => {
  await context.db.insert(dispute).values({ id: event.args.disputeId, status: 'Open' });
  await addToProtocol(context.db, { disputeCount: 1 });
});

ponder.on('DisputeResolver:DisputeResolved', async ({ event, context }) => {
  await context.db.update(dispute, { id: event.args.disputeId }).set({ status: event.args.upheld ? 'Upheld' : 'Rejected' });
});

ponder.on('DisputeResolver:DisputeLapsed', async ({ event, context }) => {
  await context.db.update(dispute, { id: event.args.disputeId }).set({ status: 'Lapsed' });
});
