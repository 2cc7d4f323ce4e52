import type { AuditQuery } from './audit.generated';
import { AGE_BUCKETS, bucketUnclaimed, largestFirst, type Unclaimed } from './strandedFunds';
import { Amount } from '../../components/Amount';
import { Card } from '../../components/Card';
import { TokenSymbol } from '../../components/ChainText';
import { EmptyState } from '../../components/EmptyState';
import { AddressLink } from '../../components/Links';
import { Table, Td } from '../../components/Table';
import { formatDateTime } from '../../format/time';

/** Royalty balances and vault revenue nobody has withdrawn or claimed, by age of their last credit. */
export function StrandedFunds({ data }: { data: Pick<AuditQuery, '_meta' | 'pendingBalances' | 'unclaimedVaultRevenue' | 'tokens'> }) {
  const tokenById = new Map(data.tokens.map((t) => [t.id, t]));
  const now = Number(data._meta?.block.timestamp ?? Date.now() / 1000);
  const unclaimed: Unclaimed[] = [
    ...data.pendingBalances.map((b) => ({
      kind: 'royalty balance' as const,
      holder: b.account.id,
      token: b.token.id,
      amount: BigInt(b.pending),
      lastCreditAt: Number(b.lastCreditAt ?? 0),
    })),
    ...data.unclaimedVaultRevenue.map((v) => ({
      kind: 'vault revenue' as const,
      holder: v.vault.id,
      token: v.token.id,
      amount: BigInt(v.unclaimed),
      lastCreditAt: Number(v.lastRevenueAt ?? 0),
    })),
  ];
  const buckets = bucketUnclaimed(unclaimed, now);

  return (
    <Card title="Unclaimed and stranded funds">
      {unclaimed.length === 0 ? (
        <EmptyState>Nothing is waiting to be withdrawn or claimed.</EmptyState>
      ) : (
        <>
          <Table
            caption="Unclaimed funds per currency by days since the last credit"
            header={['Currency', ...AGE_BUCKETS]}
            testId="stranded-buckets"
          >
            {[...buckets.entries()].map(([tokenId, row]) => {
              const token = tokenById.get(tokenId)!;
              return (
                <tr key={tokenId}>
                  <Td>
                    <TokenSymbol symbol={token.symbol} />
                  </Td>
                  {AGE_BUCKETS.map((bucket) => (
                    <Td key={bucket}>
                      <Amount raw={row[bucket]} token={token} />
                    </Td>
                  ))}
                </tr>
              );
            })}
          </Table>
          <h3 className="mt-4 text-sm font-semibold">Largest first</h3>
          <Table caption="Largest unclaimed balances" header={['Kind', 'Held for', 'Amount', 'Last credit']}>
            {largestFirst(unclaimed)
              .slice(0, 20)
              .map((u) => (
                <tr key={`${u.kind}-${u.holder}-${u.token}`}>
                  <Td>{u.kind}</Td>
                  <Td>
                    <AddressLink address={u.holder} />
                  </Td>
                  <Td>
                    <Amount raw={u.amount} token={tokenById.get(u.token)!} />
                  </Td>
                  <Td>{u.lastCreditAt ? formatDateTime(u.lastCreditAt) : '—'}</Td>
                </tr>
              ))}
          </Table>
        </>
      )}
    </Card>
  );
}
