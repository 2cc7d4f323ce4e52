import { memo, useDeferredValue } from 'react';

import { useWideLayout } from '../../hooks/useWideLayout';
import { Amount } from '../../components/Amount';
import { Card } from '../../components/Card';
import { CurrencySelect, useCurrency } from '../../components/CurrencySelect';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ChainText } from '../../components/ChainText';
import { ModelLink } from '../../components/Links';
import { PaymentFeed } from '../../components/PaymentFeed';
import { RangeSelector, useRange } from '../../components/RangeSelector';
import { SectionsSkeleton } from '../../components/Skeleton';
import { Table, Td } from '../../components/Table';
import { formatAmount, formatCount } from '../../format/amount';
import { DAY_SECONDS } from '../../format/time';
import { PROTOCOL_ID } from '../../graphql/ids';
import { type RangeKey, rangeWindow } from '../../charts/daySeries';
import type { OverviewQuery } from './overview.generated';
import { OverviewCharts } from './OverviewCharts';
import { OverviewKpis } from './OverviewKpis';
import { useOverview } from './useOverview';

export default function OverviewPage() {
  const [range] = useRange();
  const [currency] = useCurrency();
  const { since, today } = rangeWindow(range, Date.now() / 1000);
  // Rounded to the hour so the variables (and the cache entry) stay stable between renders and polls.
  const weekAgo = String(Math.floor((Date.now() / 1000 - 7 * DAY_SECONDS) / 3_600) * 3_600);
  const now = useOverview({ protocolId: PROTOCOL_ID, weekAgo, currency });
  // Apollo hands a result over in a synchronous render. Deferred, the page's content renders it as a transition, which
  // React slices so that a phone's main thread is never held for long; the memo stops the synchronous render here.
  const data = useDeferredValue(now.data);

  // The title and controls need no data: shown at once, they are what a phone paints first.
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-2xl font-semibold">Market overview</h1>
        <div className="flex items-center gap-3">
          <CurrencySelect tokens={data?.tokens} />
          <RangeSelector />
        </div>
      </div>
      {now.error && !data ? (
        <ErrorBanner error={now.error} what="the market overview" />
      ) : !data ? (
        <SectionsSkeleton />
      ) : (
        <OverviewContent data={data} error={now.error} range={range} currency={currency} since={since} today={today} />
      )}
    </div>
  );
}

interface OverviewContentProps {
  data: OverviewQuery;
  error: Error | undefined;
  range: RangeKey;
  currency: string;
  since: number;
  today: number;
}

const OverviewContent = memo(function OverviewContent({ data, error, range, currency, since, today }: OverviewContentProps) {
  const wide = useWideLayout();

  const protocol = data.protocol;
  if (!protocol) return <EmptyState>No model has been registered yet: the market is empty at the indexed block.</EmptyState>;
  const token = data.tokens.find((t) => t.id === currency) ?? data.tokens[0];

  const charts = <OverviewCharts key="charts" currency={currency} tokens={data.tokens} range={range} since={since} today={today} />;

  const tables = (
    <div key="tables" className="grid grid-cols-1 gap-4 lg:grid-cols-2">
      <Card title={`Top models by revenue (${token?.symbol ?? ''})`}>
        {!token || data.topModels.length === 0 ? (
          <EmptyState>No revenue in this currency yet.</EmptyState>
        ) : (
          <Table caption="Top models by gross revenue" header={['Model', 'Category', 'Revenue', 'Licences', 'Usage']} testId="top-models">
            {data.topModels.map((row) => (
              <tr key={row.id}>
                <Td>
                  <ModelLink id={row.model.id} name={row.model.name} />
                </Td>
                <Td>
                  <ChainText text={row.model.category} className="max-w-[16ch]" />
                </Td>
                <Td>
                  <span title={formatAmount(row.cumulativeGross, token, { fractionDigits: 18 })}>
                    <Amount raw={row.cumulativeGross} token={token} />
                  </span>
                </Td>
                <Td>{formatCount(row.model.licensesSold)}</Td>
                <Td>{formatCount(row.model.usageUnits)}</Td>
              </tr>
            ))}
          </Table>
        )}
      </Card>
      <Card title="Latest payments">
        {data.latestPayments.length === 0 ? (
          <EmptyState>No payment yet.</EmptyState>
        ) : (
          <PaymentFeed payments={data.latestPayments} caption="Latest payments, newest first" />
        )}
      </Card>
    </div>
  );

  return (
    <>
      {error && <ErrorBanner error={error} what="the latest figures (showing the last ones loaded)" />}

      <OverviewKpis data={data} protocol={protocol} />

      {/* One column (a phone): the tables before the charts, which are drawn once scrolled to, as each costs a phone
          a few hundred milliseconds of main thread. */}
      {wide ? [charts, tables] : [tables, charts]}
    </>
  );
});
