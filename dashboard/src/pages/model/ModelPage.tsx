import { memo, useDeferredValue, useMemo } from 'react';
import { useParams } from 'react-router';

import { LineSeriesChart, ShareDonut, StackedAreaChart } from '../../charts/lazyCharts';
import { PALETTE } from '../../charts/palette';
import { AfterFirstPaint } from '../../components/AfterFirstPaint';
import { Amount } from '../../components/Amount';
import { Card, Kpi } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { AddressLink, ModelLink, SafeUri, TxLink } from '../../components/Links';
import { RangeSelector, useRange } from '../../components/RangeSelector';
import { PageSkeleton } from '../../components/Skeleton';
import { Table, Td } from '../../components/Table';
import { formatCount, toChartNumber } from '../../format/amount';
import { shortAddress } from '../../format/address';
import { dayOf, formatDateTime } from '../../format/time';
import { formatDuration } from '../../licensing/licenceStatus';
import { fillDays, RANGES, type RangeKey } from '../../series/daySeries';
import type { ModelPageQuery } from './model.generated';
import { ModelLedgers } from './ModelLedgers';
import { useModel } from './useModel';

const SUPPORT = ['against', 'for', 'abstain'];

export default function ModelPage() {
  const { id = '' } = useParams();
  const [range] = useRange();
  const today = dayOf(Date.now() / 1000);
  const since = today - RANGES[range] + 1;
  const result = useModel(id, since);
  // Rendered as a transition, in slices, rather than in the synchronous render Apollo hands a result over in.
  const data = useDeferredValue(result.data);

  if (result.error && !data) return <ErrorBanner error={result.error} what={`model #${id}`} />;
  if (!data) return <PageSkeleton />;
  if (!data.model) return <EmptyState>There is no model #{id} at the indexed block.</EmptyState>;
  return <ModelContent data={data} model={data.model} range={range} since={since} today={today} />;
}

interface ModelContentProps {
  data: ModelPageQuery;
  model: NonNullable<ModelPageQuery['model']>;
  range: RangeKey;
  since: number;
  today: number;
}

const ModelContent = memo(function ModelContent({ data, model, range, since, today }: ModelContentProps) {
  const revenueSeries = useMemo(() => {
    const revenue = model.revenue;
    const keys = revenue.map((r) => r.token.symbol);
    const points = data.modelTokenDailySnapshots.map((s) => {
      const token = revenue.find((r) => r.token.id === s.token.id)?.token;
      return { day: s.day, values: token ? { [token.symbol]: toChartNumber(s.dailyGross, token.decimals) } : {} };
    });
    return { keys, rows: fillDays(points, since, today, keys) };
  }, [data, model, since, today]);

  const usageSeries = useMemo(
    () =>
      fillDays(
        data.modelDailySnapshots.map((s) => ({ day: s.day, values: { usage: Number(s.dailyUsageUnits), licences: s.dailyLicensesSold, active: s.activeLicenses } })),
        since,
        today,
        ['usage', 'licences', 'active'],
        ['active'],
      ),
    [data, since, today],
  );

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Model #{model.id} · <bdi>{model.category}</bdi> · version {model.currentVersion} · <span data-testid="model-status">{model.status}</span>
        </p>
        <h1 className="break-words text-2xl font-semibold" data-testid="model-name">
          <bdi>{model.name}</bdi>
        </h1>
        <dl className="grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
          <div>
            <dt className="inline text-slate-600 dark:text-slate-400">Creator </dt>
            <dd className="inline">
              <AddressLink address={model.creator.id} />
            </dd>
          </div>
          <div>
            <dt className="inline text-slate-600 dark:text-slate-400">Owner </dt>
            <dd className="inline">
              <AddressLink address={model.owner.id} />
              {model.vault && <span className="text-xs"> (share vault {model.vault.symbol})</span>}
            </dd>
          </div>
          <div className="sm:col-span-2">
            <dt className="inline text-slate-600 dark:text-slate-400">Model card </dt>
            <dd className="inline" data-testid="model-uri">
              <SafeUri uri={model.uri} />
            </dd>
          </div>
          <div className="sm:col-span-2">
            <dt className="inline text-slate-600 dark:text-slate-400">Content hash </dt>
            <dd className="inline break-all font-mono text-xs">{model.contentHash}</dd>
          </div>
          <div>
            <dt className="inline text-slate-600 dark:text-slate-400">Tags </dt>
            <dd className="inline">
              <bdi>{model.tags.join(', ') || '—'}</bdi>
            </dd>
          </div>
          <div>
            <dt className="inline text-slate-600 dark:text-slate-400">Royalty owed by derivatives </dt>
            <dd className="inline">{model.royaltyBps / 100} %</dd>
          </div>
          <div>
            <dt className="inline text-slate-600 dark:text-slate-400">Parent </dt>
            <dd className="inline">{model.parent ? <ModelLink id={model.parent.id} name={model.parent.name} /> : '—'}</dd>
          </div>
          <div>
            <dt className="inline text-slate-600 dark:text-slate-400">Derivatives </dt>
            <dd className="inline">
              {model.children.length === 0
                ? '—'
                : model.children.map((child) => (
                    <span key={child.id} className="mr-2">
                      <ModelLink id={child.id} name={child.name} />
                    </span>
                  ))}
            </dd>
          </div>
        </dl>
      </header>

      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4 lg:grid-cols-6">
        {model.revenue.map((r) => (
          <Kpi key={r.id} testId={`model-revenue-${r.token.symbol}`} label={`Revenue (${r.token.symbol})`} value={<Amount raw={r.cumulativeGross} token={r.token} fractionDigits={2} />} />
        ))}
        <Kpi testId="model-licensesSold" label="Licences sold" value={formatCount(model.licensesSold)} />
        <Kpi testId="model-activeLicenses" label="Active licences" value={formatCount(model.activeLicenses)} />
        <Kpi testId="model-usageUnits" label="Usage units" value={formatCount(model.usageUnits)} />
        <Kpi testId="model-paymentCount" label="Payments" value={formatCount(model.paymentCount)} />
      </dl>

      <Card title="Revenue by currency">
        <Table caption="Revenue by currency" header={['Currency', 'Gross', 'Protocol fees', 'To parent models', 'Credited to this split', 'From derivatives']}>
          {model.revenue.map((r) => (
            <tr key={r.id}>
              <Td>{r.token.symbol}</Td>
              <Td><Amount raw={r.cumulativeGross} token={r.token} /></Td>
              <Td><Amount raw={r.cumulativeFees} token={r.token} /></Td>
              <Td><Amount raw={r.cumulativeParentCut} token={r.token} /></Td>
              <Td><Amount raw={r.cumulativeCredited} token={r.token} /></Td>
              <Td><Amount raw={r.cumulativeDerivativeIncome} token={r.token} /></Td>
            </tr>
          ))}
        </Table>
      </Card>

      <div className="flex justify-end">
        <RangeSelector />
      </div>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <Card title="Revenue per day">
          <StackedAreaChart
            data={revenueSeries.rows}
            series={revenueSeries.keys.map((key, i) => ({ key, label: key, color: PALETTE[i]! }))}
            label={`Daily gross revenue of ${model.name} per currency, last ${RANGES[range]} days`}
            unit=""
          />
        </Card>
        <Card title="Usage and licences per day">
          <LineSeriesChart
            data={usageSeries}
            series={[
              { key: 'usage', label: 'Usage units', color: PALETTE[0]! },
              { key: 'licences', label: 'Licences sold', color: PALETTE[1]! },
              { key: 'active', label: 'Active licences', color: PALETTE[2]! },
            ]}
            label={`Daily usage, licences sold and active licences of ${model.name}`}
          />
        </Card>
      </div>

      <AfterFirstPaint>
        <Card title="Offers">
          {model.offers.length === 0 ? (
            <EmptyState>No offer yet.</EmptyState>
          ) : (
            <Table caption="Licence offers" header={['Offer', 'Tier', 'Price', 'Per unit', 'Duration', 'Sold', 'Cap', 'Transferable', 'Derivatives', 'Active']}>
              {model.offers.map((o) => (
                <tr key={o.id}>
                  <Td>#{o.id}</Td>
                  <Td>{o.tier}</Td>
                  <Td><Amount raw={o.price} token={o.currency} /></Td>
                  <Td>{o.unitPrice === '0' ? '—' : <Amount raw={o.unitPrice} token={o.currency} fractionDigits={8} />}</Td>
                  <Td>{formatDuration(o.duration)}</Td>
                  <Td>{o.sold}</Td>
                  <Td>{o.maxSupply === 0 ? 'none' : o.maxSupply}</Td>
                  <Td>{o.transferable ? 'yes' : 'no'}</Td>
                  <Td>{o.derivativesAllowed ? 'allowed' : 'no'}</Td>
                  <Td>{o.active ? 'yes' : 'no'}</Td>
                </tr>
              ))}
            </Table>
          )}
        </Card>

        <ModelLedgers id={model.id} />

        <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
          <Card title="Royalty split">
            <ShareDonut slices={model.split.recipients.map((r, i) => ({ name: shortAddress(r), value: model.split.bps[i]! / 100 }))} label={`Royalty split of ${model.name}, percent per recipient`} />
            <Table caption="Royalty split recipients" header={['Recipient', 'Share']}>
              {model.split.recipients.map((r, i) => (
                <tr key={r}>
                  <Td><AddressLink address={r} /></Td>
                  <Td>{model.split.bps[i]! / 100} %{i === 0 ? ' (receives rounding dust)' : ''}</Td>
                </tr>
              ))}
            </Table>
          </Card>
          <Card title="Shareholders">
            {!model.vault ? (
              <EmptyState>Not fractionalised: the owner holds the whole model.</EmptyState>
            ) : (
              <>
                <ShareDonut slices={model.vault.holdings.map((h) => ({ name: shortAddress(h.account.id), value: Number(h.shareOfSupply) * 100 }))} label={`Share of ${model.vault.symbol} supply per holder, percent`} />
                <Table caption="Shareholders" header={['Holder', 'Shares', 'Of supply']} testId="holders-table">
                  {model.vault.holdings.map((h) => (
                    <tr key={h.id}>
                      <Td><AddressLink address={h.account.id} to="portfolio" /></Td>
                      <Td><Amount raw={h.balance} token={{ symbol: model.vault!.symbol, decimals: 18 }} fractionDigits={2} /></Td>
                      <Td>{(Number(h.shareOfSupply) * 100).toFixed(2)} %</Td>
                    </tr>
                  ))}
                </Table>
              </>
            )}
          </Card>
        </div>

        <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
          <Card title="Versions">
            <ol className="space-y-2 border-l border-slate-300 pl-4 text-sm dark:border-slate-700">
              {model.versions.map((v) => (
                <li key={v.id}>
                  <p className="font-medium">
                    v{v.version} · {formatDateTime(v.timestamp)}
                  </p>
                  <p className="break-words text-slate-700 dark:text-slate-300"><bdi>{v.changelog || '—'}</bdi></p>
                  <p className="text-xs"><SafeUri uri={v.uri} /></p>
                </li>
              ))}
            </ol>
          </Card>
          <Card title="Proposals and disputes">
            {model.proposals.length === 0 && model.disputes.length === 0 && <EmptyState>No proposal or dispute.</EmptyState>}
            <ul className="space-y-3 text-sm">
              {model.proposals.map((p) => (
                <li key={p.id}>
                  <p className="font-medium break-words"><bdi>{p.description}</bdi></p>
                  <p className="text-xs text-slate-600 dark:text-slate-400">
                    {p.status} · by {shortAddress(p.proposer.id)} · for {formatCount(p.forVotes)} / against {formatCount(p.againstVotes)} / abstain {formatCount(p.abstainVotes)} (share units) · {p.votes.length} votes:{' '}
                    {p.votes.map((v) => `${shortAddress(v.voter.id)} ${SUPPORT[v.support]}`).join(', ')}
                  </p>
                </li>
              ))}
              {model.disputes.map((d) => (
                <li key={d.id}>
                  <p className="font-medium">Dispute #{d.id} against {d.subject === 'License' ? `licence #${d.license?.id}` : 'the model'}: {d.status}</p>
                  <p className="text-xs text-slate-600 dark:text-slate-400">
                    raised {formatDateTime(d.raisedAt)} by {shortAddress(d.claimant.id)} · evidence <SafeUri uri={d.evidenceURI} />
                    {d.resolvedAt && <> · resolved {formatDateTime(d.resolvedAt)}</>}
                  </p>
                </li>
              ))}
            </ul>
          </Card>
        </div>
        <p className="text-xs text-slate-500">
          Registered {formatDateTime(model.registeredAt)} in <TxLink hash={model.registeredTransaction} />.
        </p>
      </AfterFirstPaint>
    </div>
  );
});
