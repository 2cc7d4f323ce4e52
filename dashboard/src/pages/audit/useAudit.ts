import { useQuery } from '@apollo/client/react';

import { graphql } from '../../graphql/generated';
import { PROTOCOL_ID } from '../../graphql/ids';

graphql(`
  fragment AuditPayment on Payment {
    ...PaymentRow
    paymentId
    reconciled
    payouts(first: 100) {
      id
      amount
      shareBps
      recipient {
        id
      }
      model {
        id
      }
    }
  }
`);

/** Everything on the audit page, at the selected block (graph-node time travel) or the latest one. */
const AuditQuery = graphql(`
  query Audit($protocolId: ID!, $block: Block_height, $payments: Payment_filter!, $first: Int!) {
    _meta(block: $block) {
      block {
        number
        timestamp
      }
    }
    protocol(id: $protocolId, block: $block) {
      id
      feeBps
      treasury
      paymentCount
      payoutCount
    }
    tokens(block: $block, orderBy: symbol) {
      ...TokenFields
      cumulativeRevenue
      cumulativeFees
      cumulativeCredited
      cumulativeWithdrawn
      marketBalance
      paymentCount
    }
    unreconciled: payments(block: $block, where: { reconciled: false }, first: 100) {
      ...AuditPayment
    }
    payments(block: $block, where: $payments, orderBy: paymentId, orderDirection: desc, first: $first) {
      ...AuditPayment
    }
    pendingBalances: royaltyBalances(block: $block, where: { pending_gt: "0" }, orderBy: pending, orderDirection: desc, first: 1000) {
      id
      pending
      lastCreditAt
      account {
        id
      }
      token {
        ...TokenFields
      }
    }
    unclaimedVaultRevenue: vaultTokenRevenues(block: $block, where: { unclaimed_gt: "0" }, orderBy: unclaimed, orderDirection: desc, first: 1000) {
      id
      unclaimed
      lastRevenueAt
      vault {
        id
        model {
          id
          name
        }
      }
      token {
        ...TokenFields
      }
    }
    disputes(block: $block, orderBy: raisedAt, orderDirection: desc, first: 20) {
      id
      subject
      status
      bond
      raisedAt
      resolvedAt
      model {
        id
        name
      }
      claimant {
        id
      }
    }
    proposals(block: $block, where: { kind: Market }, orderBy: createdAt, orderDirection: desc, first: 20) {
      id
      description
      status
      forVotes
      againstVotes
      createdAt
      executedAt
    }
  }
`);

export const AUDIT_PAGE_SIZE = 50;

export function useAudit(block: number | null, before: string | null) {
  return useQuery(AuditQuery, {
    variables: {
      protocolId: PROTOCOL_ID,
      block: block === null ? null : { number: block },
      payments: before ? { paymentId_lt: before } : {},
      first: AUDIT_PAGE_SIZE,
    },
    // A fixed block never changes; the latest one is refreshed. Entities at a past block stay out of the normalised
    // cache, where they would overwrite the latest figures other pages show.
    pollInterval: block === null ? 15_000 : 0,
    fetchPolicy: block === null ? 'cache-first' : 'no-cache',
  });
}
