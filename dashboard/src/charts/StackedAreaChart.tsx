import { Area, AreaChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';

import { formatDay } from '../format/time';
import { dayTickInterval } from './dayTicks';
import type { Series } from './chartSeries';
import { SeriesLegend } from './SeriesLegend';

/**
 * Day-by-day amounts stacked by series, each day a step. Data is pre-aggregated per day by the subgraph. Steps rather
 * than bars, and the legend in HTML: Recharts draws a bar as a component of its own (360 for 90 days of four tiers) and
 * lays the chart out again once its legend is measured, which together cost a phone most of a second.
 */
export default function StackedAreaChart({ data, series, label, unit }: { data: Record<string, number>[]; series: Series[]; label: string; unit: string }) {
  return (
    <figure role="img" aria-label={label} className="flex h-64 w-full flex-col">
      <AreaChart responsive style={{ width: '100%', flex: 1, minHeight: 0 }} data={data} margin={{ top: 4, right: 8, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.15} vertical={false} />
        <XAxis dataKey="day" tickFormatter={(day: number) => formatDay(day)} fontSize={11} interval={dayTickInterval(data.length)} />
        <YAxis fontSize={11} width={56} unit={unit ? ` ${unit}` : ''} interval={0} />
        <Tooltip labelFormatter={(day) => formatDay(Number(day))} />
        {series.map((s) => (
          <Area key={s.key} type="step" dataKey={s.key} name={s.label} stackId="a" fill={s.color} stroke="none" fillOpacity={0.85} dot={false} activeDot={false} isAnimationActive={false} />
        ))}
      </AreaChart>
      <SeriesLegend series={series} />
    </figure>
  );
}
