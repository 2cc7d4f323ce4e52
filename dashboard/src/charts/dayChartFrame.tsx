import type { ReactNode } from 'react';
import { CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';

import { formatDay } from '../format/time';
import type { Series } from './chartSeries';
import { dayTickInterval } from './dayTicks';
import { SeriesLegend } from './SeriesLegend';

// What every chart of a day series shares: its figure and legend, its size and margins, its grid, axes and tooltip.

/** Props of a Recharts chart filling the figure above its legend; `responsive` sizes it without a wrapper component. */
export const DAY_CHART_LAYOUT = {
  responsive: true,
  style: { width: '100%', flex: 1, minHeight: 0 },
  margin: { top: 4, right: 8, bottom: 0, left: 0 },
} as const;

/** Recharts' tooltip keeps each series' name on one line: series are named by on-chain names and symbols, so it
 * wraps instead and keeps inside a phone's screen. */
const TOOLTIP_STYLE = { whiteSpace: 'normal', overflowWrap: 'anywhere', maxWidth: '18rem' } as const;

/** Grid, day axis, value axis and tooltip, as chart children. The axes label a fixed interval and do not measure their
 * labels (Recharts measures each one in the DOM otherwise). */
export function dayAxes(days: number, unit = ''): ReactNode[] {
  return [
    <CartesianGrid key="grid" strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.15} vertical={false} />,
    <XAxis key="x" dataKey="day" tickFormatter={(day: number) => formatDay(day)} fontSize={11} interval={dayTickInterval(days)} />,
    <YAxis key="y" fontSize={11} width={56} unit={unit ? ` ${unit}` : ''} interval={0} />,
    <Tooltip key="tooltip" labelFormatter={(day) => formatDay(Number(day))} contentStyle={TOOLTIP_STYLE} />,
  ];
}

/** The chart's figure: its accessible name, the chart, and the legend in HTML under it. */
export function DayChartFigure({ label, series, children }: { label: string; series: Series[]; children: ReactNode }) {
  return (
    <figure role="img" aria-label={label} className="flex h-64 w-full flex-col">
      {children}
      <SeriesLegend series={series} />
    </figure>
  );
}
