import { useMemo } from 'react';

import { LineSeriesChart, StackedAreaChart } from '../../charts/lazyCharts';
import { PALETTE } from '../../charts/palette';
import { Card } from '../../components/Card';
import { toChartNumber } from '../../format/amount';
import type { TokenFieldsFragment } from '../../graphql/fragments.generated';
import { fillDays, RANGES, type RangeKey } from '../../charts/daySeries';
import type { ModelDetailsQuery } from './modelDetails.generated';

interface ModelChartsProps {
  name: string;
  tokens: TokenFieldsFragment[];
  data: Pick<ModelDetailsQuery, 'modelDailySnapshots' | 'modelTokenDailySnapshots'>;
  range: RangeKey;
  since: number;
  today: number;
}

/** A model's gross revenue per day and currency, and its usage, licences sold and active licences per day. */
export function ModelCharts({ name, tokens, data, range, since, today }: ModelChartsProps) {
  const revenueSeries = useMemo(() => {
    const keys = tokens.map((token) => token.symbol);
    const points = data.modelTokenDailySnapshots.map((s) => {
      const token = tokens.find((t) => t.id === s.token.id);
      return { day: s.day, values: token ? { [token.symbol]: toChartNumber(s.dailyGross, token.decimals) } : {} };
    });
    return { keys, rows: fillDays(points, since, today, keys) };
  }, [data, tokens, since, today]);

  const usageSeries = useMemo(
    () =>
      fillDays(
        data.modelDailySnapshots.map((s) => ({
          day: s.day,
          values: { usage: Number(s.dailyUsageUnits), licences: s.dailyLicensesSold, active: s.activeLicenses },
        })),
        since,
        today,
        ['usage', 'licences', 'active'],
        ['active'],
      ),
    [data, since, today],
  );

  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
      <Card title="Revenue per day">
        <StackedAreaChart
          data={revenueSeries.rows}
          series={revenueSeries.keys.map((key, i) => ({ key, label: key, color: PALETTE[i]! }))}
          label={`Daily gross revenue of ${name} per currency, last ${RANGES[range]} days`}
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
          label={`Daily usage, licences sold and active licences of ${name}`}
        />
      </Card>
    </div>
  );
}
