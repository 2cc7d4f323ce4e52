import { Area, AreaChart } from 'recharts';

import type { Series } from './chartSeries';
import { DAY_CHART_LAYOUT, dayAxes, DayChartFigure } from './dayChartFrame';

/**
 * Day-by-day amounts stacked by series, each day a step. Data is pre-aggregated per day by the subgraph. Steps rather
 * than bars, and the legend in HTML: Recharts draws a bar as a component of its own (360 for 90 days of four tiers) and
 * lays the chart out again once its legend is measured, which together cost a phone most of a second.
 */
export default function StackedAreaChart({
  data,
  series,
  label,
  unit,
}: {
  data: Record<string, number>[];
  series: Series[];
  label: string;
  unit: string;
}) {
  return (
    <DayChartFigure label={label} series={series}>
      <AreaChart {...DAY_CHART_LAYOUT} data={data}>
        {dayAxes(data.length, unit)}
        {series.map((s) => (
          <Area
            key={s.key}
            type="step"
            dataKey={s.key}
            name={s.label}
            stackId="a"
            fill={s.color}
            stroke="none"
            fillOpacity={0.85}
            dot={false}
            activeDot={false}
            isAnimationActive={false}
          />
        ))}
      </AreaChart>
    </DayChartFigure>
  );
}
