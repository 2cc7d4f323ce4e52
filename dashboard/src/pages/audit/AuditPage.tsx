import { type FormEvent, Fragment, useState } from 'react';
import { Link, useSearchParams } from 'react-router';

import { failingFirst, reconcilePayment } from './paymentReconciliation';
import { AGE_BUCKETS, bucketUnclaimed, largestFirst, type Unclaimed } from './strandedFunds';
import { Amount } from '../../components/Amount';
import { Card } from '../../components/Card';
import { ClampedText, TokenSymbol } from '../../components/ChainText';
import { CsvButton } from '../../components/CsvButton';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { AddressLink, ModelLink, TxLink } from '../../components/Links';
import { PageSkeleton } from '../../components/Skeleton';
import { Table, Td } from '../../components/Table';
import { formatCount, toDecimalString } from '../../format/amount';
import { formatDateTime } from '../../format/time';
import { AUDIT_PAGE_SIZE, useAudit } from './useAudit';
import { EntitlementCheck } from './EntitlementCheck';

export default function AuditPage() {
  const [params, setParams] = useSearchParams();
  const block = params.get('block') ? Number(params.get('block')) : null;
  const before = params.get('before');
  const { data, error } = useAudit(block, before);
  const [checking, setChecking] = useState<string | null>(null);

  const setBlock = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get('block')?.toString().trim() ?? '';
    setParams((current) => {
      if (/^\d+$/.test(value)) current.set('block', value);
      else current.delete('block');
      current.delete('before');
      return current;
    });
  };

  if (error && !data) return <ErrorBanner error={error} what="the audit" />;
  if (!data) return <PageSkeleton />;

  const tokenById = new Map(data.tokens.map((t) => [t.id, t]));
  const rows = failingFirst(
    data.payments.map((p) => ({ payment: p, check: reconcilePayment(p) })),
    (row) => row.check.ok,
  );
  const failing = new Map<string, (typeof data.unreconciled)[number]>();
  for (const p of data.unreconciled) failing.set(p.id, p);
  for (const row of rows) if (!row.check.ok) failing.set(row.payment.id, row.payment);

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

  const csvHeader = [
    'payment',
    'kind',
    'model id',
    'model',
    'token',
    'gross',
    'fee',
    'parent cut',
    'own payouts',
    'ancestor payouts',
    'unaccounted',
    'reconciled',
    'payout recipients',
    'payout amounts',
    'block',
    'transaction',
  ];
  const csvRows = rows.map(({ payment: p, check }) => [
    p.id,
    p.kind,
    p.model.id,
    p.model.name,
    p.token.symbol,
    p.gross,
    p.fee,
    p.parentCut,
    check.ownPayouts,
    check.ancestorPayouts,
    check.unaccounted,
    check.ok,
    p.payouts.map((x) => x.recipient.id).join(' '),
    p.payouts.map((x) => x.amount).join(' '),
    p.blockNumber,
    p.transactionHash,
  ]);
  const oldest = data.payments.at(-1)?.paymentId;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">DAO audit</h1>
          <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="audit-block">
            {block === null ? 'Latest indexed block' : 'Time travel to block'} {formatCount(data._meta?.block.number ?? 0)}
            {data._meta?.block.timestamp ? ` (${formatDateTime(data._meta.block.timestamp)} UTC)` : ''}
          </p>
        </div>
        <form onSubmit={setBlock} className="flex items-end gap-2 text-sm" aria-label="Block">
          <label className="flex flex-col">
            Audit at block
            <input
              name="block"
              inputMode="numeric"
              defaultValue={block ?? ''}
              placeholder="latest"
              className="w-32 rounded border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-800"
            />
          </label>
          <button type="submit" className="rounded bg-indigo-700 px-3 py-1 text-white">
            Go
          </button>
        </form>
      </div>

      {failing.size > 0 ? (
        <div
          role="alert"
          className="rounded-lg border-2 border-red-600 bg-red-50 p-4 text-red-900 dark:bg-red-950 dark:text-red-100"
          data-testid="reconciliation-alert"
        >
          <p className="text-lg font-bold">{failing.size} payment(s) do not sum</p>
          <p className="text-sm">
            Payments {[...failing.keys()].map((id) => `#${id}`).join(', ')}: gross ≠ fee + parent cut + payouts, or the parent cut did not
            reach the ancestors.
          </p>
        </div>
      ) : (
        <p
          className="rounded-lg border border-emerald-600 bg-emerald-50 p-3 text-sm text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100"
          data-testid="reconciliation-ok"
        >
          Every payment reconciles: 0 issues across {formatCount(data.protocol?.paymentCount ?? 0)} payments and{' '}
          {formatCount(data.protocol?.payoutCount ?? 0)} payouts.
        </p>
      )}

      <Card title="Market-wide reconciliation">
        <Table
          caption="Totals per currency: revenue equals fees plus credits; the market holds revenue less withdrawals"
          header={[
            'Currency',
            'Payments',
            'Revenue (gross)',
            'Protocol fees (treasury)',
            'Credited to recipients',
            'Withdrawn',
            'Held by the market',
            'Sums',
          ]}
          testId="audit-summary"
        >
          {data.tokens.map((t) => {
            const sums =
              BigInt(t.cumulativeRevenue) === BigInt(t.cumulativeFees) + BigInt(t.cumulativeCredited) &&
              BigInt(t.marketBalance) === BigInt(t.cumulativeRevenue) - BigInt(t.cumulativeWithdrawn);
            return (
              <tr key={t.id} data-token={t.symbol}>
                <Td>
                  <TokenSymbol symbol={t.symbol} />
                </Td>
                <Td>{formatCount(t.paymentCount)}</Td>
                <Td>
                  <Amount raw={t.cumulativeRevenue} token={t} fractionDigits={t.decimals} />
                </Td>
                <Td>
                  <Amount raw={t.cumulativeFees} token={t} fractionDigits={t.decimals} />
                </Td>
                <Td>
                  <Amount raw={t.cumulativeCredited} token={t} fractionDigits={t.decimals} />
                </Td>
                <Td>
                  <Amount raw={t.cumulativeWithdrawn} token={t} fractionDigits={t.decimals} />
                </Td>
                <Td>
                  <Amount raw={t.marketBalance} token={t} fractionDigits={t.decimals} />
                </Td>
                <Td className={sums ? 'text-emerald-700 dark:text-emerald-300' : 'font-bold text-red-700 dark:text-red-300'}>
                  {sums ? 'yes' : 'NO'}
                </Td>
              </tr>
            );
          })}
        </Table>
        <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
          Protocol fee {data.protocol ? data.protocol.feeBps / 100 : 0} % to the treasury{' '}
          <AddressLink address={data.protocol?.treasury ?? '0x'} />.
        </p>
      </Card>

      <Card
        title="Payments"
        actions={
          <CsvButton
            filename={`payments${block === null ? '' : `-block-${block}`}${before ? `-before-${before}` : ''}.csv`}
            header={csvHeader}
            rows={csvRows}
          />
        }
      >
        <Table
          caption="Payments with their split and reconciliation, failing first"
          header={['Payment', 'Model', 'Gross', 'Fee', 'Parent cut', 'Payouts', 'Status', 'Tx', 'Entitlement']}
          testId="audit-payments"
        >
          {rows.map(({ payment: p, check }) => (
            <Fragment key={p.id}>
              <tr data-payment-id={p.id} data-reconciled={check.ok} className={check.ok ? '' : 'bg-red-50 dark:bg-red-950'}>
                <Td>
                  #{p.id} {p.kind}
                  <div className="text-xs text-slate-500">{formatDateTime(p.timestamp)}</div>
                </Td>
                <Td>
                  <ModelLink id={p.model.id} name={p.model.name} />
                </Td>
                <Td>
                  <Amount raw={p.gross} token={p.token} />
                </Td>
                <Td>
                  <Amount raw={p.fee} token={p.token} />
                </Td>
                <Td>
                  <Amount raw={p.parentCut} token={p.token} />
                </Td>
                <Td>
                  <ul>
                    {p.payouts.map((x) => (
                      <li key={x.id} className="whitespace-nowrap text-xs">
                        <AddressLink address={x.recipient.id} /> <Amount raw={x.amount} token={p.token} />
                        {x.model.id !== p.model.id && <span> (parent #{x.model.id})</span>}
                      </li>
                    ))}
                  </ul>
                </Td>
                <Td className={check.ok ? 'text-emerald-700 dark:text-emerald-300' : 'font-bold text-red-700 dark:text-red-300'}>
                  {check.ok ? 'sums' : `off by ${toDecimalString(check.unaccounted + check.parentCutGap, 0)} units`}
                </Td>
                <Td>
                  <TxLink hash={p.transactionHash} block={p.blockNumber} />
                </Td>
                <Td>
                  <button
                    type="button"
                    className="text-xs underline"
                    aria-expanded={checking === p.id}
                    onClick={() => setChecking(checking === p.id ? null : p.id)}
                  >
                    {checking === p.id ? 'Hide' : 'Check'}
                  </button>
                </Td>
              </tr>
              {checking === p.id && (
                <tr>
                  <td colSpan={9} className="bg-slate-50 p-3 dark:bg-slate-800">
                    <EntitlementCheck paymentId={p.id} block={p.blockNumber} token={tokenById.get(p.token.id) ?? p.token} />
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </Table>
        <nav aria-label="Payment pages" className="mt-3 flex gap-3 text-sm">
          {before && (
            <Link className="underline" to={{ search: withParam(params, 'before', null) }}>
              Newest payments
            </Link>
          )}
          {data.payments.length === AUDIT_PAGE_SIZE && oldest && (
            <Link className="underline" rel="next" to={{ search: withParam(params, 'before', oldest) }}>
              Older payments
            </Link>
          )}
        </nav>
      </Card>

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

      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <Card title="Disputes">
          {data.disputes.length === 0 ? (
            <EmptyState>No dispute.</EmptyState>
          ) : (
            <Table caption="Disputes" header={['Dispute', 'Model', 'Status', 'Claimant', 'Raised']}>
              {data.disputes.map((d) => (
                <tr key={d.id}>
                  <Td>
                    #{d.id} {d.subject}
                  </Td>
                  <Td>
                    <ModelLink id={d.model.id} name={d.model.name} />
                  </Td>
                  <Td>{d.status}</Td>
                  <Td>
                    <AddressLink address={d.claimant.id} />
                  </Td>
                  <Td>{formatDateTime(d.raisedAt)}</Td>
                </tr>
              ))}
            </Table>
          )}
        </Card>
        <Card title="DAO proposals">
          {data.proposals.length === 0 ? (
            <EmptyState>No proposal.</EmptyState>
          ) : (
            <ul className="space-y-2 text-sm">
              {data.proposals.map((p) => (
                <li key={p.id}>
                  <ClampedText text={p.description} className="font-medium" testId="proposal-description" />
                  <p className="text-xs text-slate-600 dark:text-slate-400">
                    {p.status} · created {formatDateTime(p.createdAt)}
                    {p.executedAt ? ` · executed ${formatDateTime(p.executedAt)}` : ''}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </div>
  );
}

function withParam(params: URLSearchParams, key: string, value: string | null): string {
  const next = new URLSearchParams(params);
  if (value === null) next.delete(key);
  else next.set(key, value);
  return next.toString();
}
