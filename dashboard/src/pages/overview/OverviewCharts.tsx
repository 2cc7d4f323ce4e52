import { useMemo } from 'react';

import { useLastData } from '../../hooks/useLastData';
import { LineSeriesChart, StackedAreaChart } from '../../charts/lazyCharts';
import { PALETTE } from '../../charts/palette';
import { Card } from '../../components/Card';
import { ErrorBanner } from '../../components/ErrorBanner';
import { BlockSkeleton } from '../../components/Skeleton';
import { useOnScreen } from '../../hooks/useOnScreen';
import { toChartNumber } from '../../format/amount';
import type { TokenFieldsFragment } from '../../graphql/fragments.generated';
import { TIERS } from '../../graphql/ids';
import { type DayRow, fillDays, RANGES, type RangeKey } from '../../charts/daySeries';
import type { OverviewSeriesQuery } from './overviewSeries.generated';
import { useOverviewSeries } from './useOverviewSeries';

interface Asked {
  range: RangeKey;
  since: number;
  today: number;
}

interface OverviewChartsProps extends Asked {
  currency: string;
  tokens: TokenFieldsFragment[];
}

/**
 * The market's daily revenue by tier, usage and licences, from their own query, asked for when the charts come on
 * screen: at once on a desktop, where they lead the page; on a phone, where they follow the tables, once scrolled to.
 * A new range or currency keeps the last charts until their own data arrive.
 */
export function OverviewCharts({ currency, tokens, range, since, today }: OverviewChartsProps) {
  const [grid, onScreen] = useOnScreen<HTMLDivElement>();
  const { data, error } = useOverviewSeries({ since, currency }, onScreen);
  const shown = useLastData(data, { range, since, today, currency });
  // Labels name what is drawn: the last data's currency and range until the new data arrive.
  const drawnToken = tokens.find((t) => t.id === (shown?.asked.currency ?? currency));
  const series = useMemo(() => shown && daySeries(shown.data, drawnToken, shown.asked), [shown, drawnToken]);
  const token = drawnToken ?? tokens[0];

  if (error && !shown) return <ErrorBanner error={error} what="the market's day series" />;
  const chart = (drawn: React.ReactNode) => (series ? drawn : <BlockSkeleton height="h-64" label="Loading chart" />);
  const days = RANGES[shown?.asked.range ?? range];
  return (
    <div ref={grid} className="grid grid-cols-1 gap-4 lg:grid-cols-3" data-deferred={shown ? undefined : ''}>
      <Card title={`Daily revenue by tier (${token?.symbol ?? ''})`}>
        {chart(
          <StackedAreaChart
            data={series?.revenue ?? []}
            series={TIERS.map((tier, i) => ({ key: tier, label: tier, color: PALETTE[i]! }))}
            label={`Daily revenue in ${token?.symbol ?? ''} stacked by licence tier, last ${days} days`}
            unit=""
          />,
        )}
      </Card>
      <Card title="Daily metered usage">
        {chart(
          <StackedAreaChart
            data={series?.usage ?? []}
            series={[{ key: 'usage', label: 'Usage units', color: PALETTE[4]! }]}
            label={`Metered usage units per day, last ${days} days`}
            unit=""
          />,
        )}
      </Card>
      <Card title="Licences">
        {chart(
          <LineSeriesChart
            data={series?.usage ?? []}
            series={[
              { key: 'licences', label: 'Licences sold per day', color: PALETTE[1]! },
              { key: 'active', label: 'Active licences', color: PALETTE[2]! },
            ]}
            label={`Licences sold per day and active licences, last ${days} days`}
          />,
        )}
      </Card>
    </div>
  );
}

/** Chart rows; no revenue rows for a currency the market does not know. */
function daySeries(
  data: OverviewSeriesQuery,
  token: TokenFieldsFragment | undefined,
  { since, today }: Asked,
): { revenue: DayRow[]; usage: DayRow[] } {
  const usage = data.protocolDailySnapshots.map((s) => ({
    day: s.day,
    values: { usage: Number(s.dailyUsageUnits), licences: s.dailyLicensesSold, active: s.activeLicenses },
  }));
  return {
    revenue: token ? fillDays(revenueByTier(data, token), since, today, [...TIERS]) : [],
    usage: fillDays(usage, since, today, ['usage', 'licences', 'active'], ['active']),
  };
}

function revenueByTier(data: OverviewSeriesQuery, token: TokenFieldsFragment) {
  return data.protocolTokenDailySnapshots.map((s) => ({
    day: s.day,
    values: Object.fromEntries(TIERS.map((tier, i) => [tier, toChartNumber(s.dailyRevenueByTier[i] ?? '0', token.decimals)])),
  }));
}
