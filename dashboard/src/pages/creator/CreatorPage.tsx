import { useMemo } from 'react';
import { useParams } from 'react-router';

import { StackedAreaChart } from '../../charts/lazyCharts';
import { PALETTE } from '../../charts/palette';
import { Amount } from '../../components/Amount';
import { Card } from '../../components/Card';
import { TokenSymbol } from '../../components/ChainText';
import { CsvButton } from '../../components/CsvButton';
import { CurrencySelect, useCurrency } from '../../components/CurrencySelect';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { AddressLink, ModelLink, TxLink } from '../../components/Links';
import { RangeSelector, useRange } from '../../components/RangeSelector';
import { PageSkeleton } from '../../components/Skeleton';
import { Table, Td } from '../../components/Table';
import { toDecimalString } from '../../format/amount';
import { formatDateTime } from '../../format/time';
import { RANGES, rangeWindow } from '../../charts/daySeries';
import { incomeByModel, incomeSeries } from './incomeByModel';
import { useCreator } from './useCreator';

export default function CreatorPage() {
  const address = (useParams().address ?? '').toLowerCase();
  const [range] = useRange();
  const [currency] = useCurrency();
  const { since, today } = rangeWindow(range, Date.now() / 1000);
  const { data, error } = useCreator(address, since);

  const tokens = useMemo(() => {
    const seen = new Map<string, { id: string; symbol: string; decimals: number }>();
    for (const b of data?.account?.balances ?? []) seen.set(b.token.id, b.token);
    for (const p of data?.royaltyPayouts ?? []) seen.set(p.token.id, p.token);
    return [...seen.values()];
  }, [data]);
  const token = tokens.find((t) => t.id === currency) ?? tokens[0];
  const series = useMemo(
    () => (data && token ? incomeSeries(data.accountModelDailySnapshots, token.id, token.decimals, since, today) : { keys: [], rows: [] }),
    [data, token, since, today],
  );
  const perModel = data && token ? incomeByModel(data.accountModelDailySnapshots, token.id) : [];

  if (error && !data) return <ErrorBanner error={error} what={`the creator page of ${address}`} />;
  if (!data) return <PageSkeleton />;
  const account = data.account;

  const payoutRows = data.royaltyPayouts.map((p) => [
    formatDateTime(p.timestamp),
    p.model.id,
    p.model.name,
    p.payment.id,
    p.payment.kind,
    p.token.symbol,
    toDecimalString(p.amount, p.token.decimals),
    p.amount,
    p.shareBps,
    p.fromDerivative,
    p.blockNumber,
    p.transactionHash,
  ]);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <p className="text-sm text-muted">Creator and royalty recipient</p>
          <h1 className="break-all font-mono text-xl font-semibold">{address}</h1>
          <p className="text-sm">
            {account?.modelsCreated ?? 0} models created · <AddressLink address={address} to="portfolio" /> portfolio
          </p>
        </div>
        <div className="flex items-center gap-3">
          {tokens.length > 0 && <CurrencySelect tokens={tokens} />}
          <RangeSelector />
        </div>
      </div>
      {!account ? (
        <EmptyState>This address has no activity in the market at the indexed block.</EmptyState>
      ) : (
        <>
          <Card title="Balances: earned, withdrawn, pending">
            {account.balances.length === 0 ? (
              <EmptyState>Nothing credited yet.</EmptyState>
            ) : (
              <Table
                caption="Royalty balances per currency"
                header={['Currency', 'Earned', 'Withdrawn', 'Pending (withdrawable)', 'Last credit']}
                testId="balances-table"
              >
                {account.balances.map((b) => (
                  <tr key={b.id}>
                    <Td>
                      <TokenSymbol symbol={b.token.symbol} />
                    </Td>
                    <Td>
                      <Amount raw={b.earned} token={b.token} />
                    </Td>
                    <Td>
                      <Amount raw={b.withdrawn} token={b.token} />
                    </Td>
                    <Td>
                      <Amount raw={b.pending} token={b.token} />
                    </Td>
                    <Td>{b.lastCreditAt ? formatDateTime(b.lastCreditAt) : '—'}</Td>
                  </tr>
                ))}
              </Table>
            )}
          </Card>
          <div className="grid grid-cols-1 gap-4 lg:grid-cols-3">
            <div className="lg:col-span-2">
              <Card title={`Royalty income per day by model (${token?.symbol ?? ''})`}>
                <StackedAreaChart
                  data={series.rows}
                  series={series.keys.map((k, i) => ({ ...k, color: PALETTE[i % PALETTE.length]! }))}
                  label={`Royalty income of ${address} per day, stacked by model, last ${RANGES[range]} days`}
                  unit=""
                />
              </Card>
            </div>
            <Card title="Income by model in this range">
              {perModel.length === 0 || !token ? (
                <EmptyState>No income in this range.</EmptyState>
              ) : (
                <Table caption="Royalty income per model over the selected range" header={['Model', 'Income']} testId="income-by-model">
                  {perModel.map((row) => (
                    <tr key={row.modelId}>
                      <Td>
                        <ModelLink id={row.modelId} name={row.name} />
                      </Td>
                      <Td>
                        <Amount raw={row.total} token={token} />
                      </Td>
                    </tr>
                  ))}
                </Table>
              )}
            </Card>
          </div>
          <Card
            title="Payouts"
            actions={
              <CsvButton
                filename={`payouts-${address}.csv`}
                header={[
                  'time (UTC)',
                  'model id',
                  'model',
                  'payment',
                  'kind',
                  'token',
                  'amount',
                  'amount (smallest unit)',
                  'share bps',
                  'from derivative',
                  'block',
                  'transaction',
                ]}
                rows={payoutRows}
              />
            }
          >
            <p className="mb-2 text-xs text-muted">The {data.royaltyPayouts.length} most recent credits to this address.</p>
            <Table
              caption="Royalty payouts to this address"
              header={['Time', 'Model', 'Payment', 'Amount', 'Share', 'Tx']}
              testId="creator-payouts"
            >
              {data.royaltyPayouts.map((p) => (
                <tr key={p.id}>
                  <Td className="whitespace-nowrap">{formatDateTime(p.timestamp)}</Td>
                  <Td>
                    <ModelLink id={p.model.id} name={p.model.name} />
                    {p.fromDerivative && <span className="text-xs"> (derivative)</span>}
                  </Td>
                  <Td>
                    #{p.payment.id} {p.payment.kind}
                  </Td>
                  <Td>
                    <Amount raw={p.amount} token={p.token} />
                  </Td>
                  <Td>{p.shareBps / 100} %</Td>
                  <Td>
                    <TxLink hash={p.transactionHash} block={p.blockNumber} />
                  </Td>
                </tr>
              ))}
            </Table>
          </Card>
          {account.createdModels.length > 0 && (
            <Card title="Models created">
              <Table caption="Models created by this address" header={['Model', 'Licences', 'Revenue']}>
                {account.createdModels.map((m) => (
                  <tr key={m.id}>
                    <Td>
                      <ModelLink id={m.id} name={m.name} />
                    </Td>
                    <Td>{m.licensesSold}</Td>
                    <Td>
                      {m.revenue.map((r) => (
                        <span key={r.id} className="mr-3">
                          <Amount raw={r.cumulativeGross} token={r.token} />
                        </span>
                      ))}
                    </Td>
                  </tr>
                ))}
              </Table>
            </Card>
          )}
        </>
      )}
    </div>
  );
}
