import { Amount } from '../../components/Amount';
import { Kpi } from '../../components/Card';
import { useOnScreen } from '../../hooks/useOnScreen';
import { formatChange, formatCount, relativeChange } from '../../format/amount';
import type { OverviewQuery } from './overview.generated';
import { useOverviewWeekAgo } from './useOverviewWeekAgo';

const KPI_FIELDS = [
  ['licenseCount', 'Licences sold'],
  ['activeLicenses', 'Active licences'],
  ['cumulativeUsageUnits', 'Usage units'],
  ['modelCount', 'Models'],
  ['creatorCount', 'Creators'],
  ['holderCount', 'Shareholders'],
] as const;

/**
 * The market's revenue per currency and its counts, each with its change over 7 days: the same figures at a block
 * about 7 days back (graph-node time travel), asked for once these are on screen. Each card keeps the line its change
 * will fill, so nothing moves when the changes arrive. No change is shown when no payment is 7 days old.
 */
export function OverviewKpis({ data, protocol }: { data: OverviewQuery; protocol: NonNullable<OverviewQuery['protocol']> }) {
  const [grid, onScreen] = useOnScreen<HTMLDListElement>();
  const block = Number(data.weekAgo[0]?.blockNumber ?? 0);
  const { data: weekAgo } = useOverviewWeekAgo(block, onScreen);
  const pending = block > 0 && !weekAgo;
  const change = (now: string | number, then: string | number | undefined) =>
    pending ? null : then === undefined ? undefined : formatChange(relativeChange(BigInt(now), BigInt(then)));

  return (
    <dl ref={grid} className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
      {data.tokens.map((t) => (
        <Kpi
          key={t.id}
          testId={`kpi-revenue-${t.symbol}`}
          label={`Revenue (${t.symbol})`}
          value={<Amount raw={t.cumulativeRevenue} token={t} fractionDigits={2} />}
          change={change(t.cumulativeRevenue, weekAgo?.tokens.find((p) => p.id === t.id)?.cumulativeRevenue)}
        />
      ))}
      {KPI_FIELDS.map(([field, label]) => (
        <Kpi
          key={field}
          testId={`kpi-${field}`}
          label={label}
          value={formatCount(protocol[field])}
          change={change(protocol[field], weekAgo?.protocol?.[field])}
        />
      ))}
    </dl>
  );
}
