import { Line, LineChart } from 'recharts';

import type { Series } from './chartSeries';
import { DAY_CHART_LAYOUT, dayAxes, DayChartFigure } from './dayChartFrame';

/** One line per series over UTC days. */
export default function LineSeriesChart({ data, series, label }: { data: Record<string, number>[]; series: Series[]; label: string }) {
  return (
    <DayChartFigure label={label} series={series}>
      <LineChart {...DAY_CHART_LAYOUT} data={data}>
        {dayAxes(data.length)}
        {series.map((s) => (
          <Line
            key={s.key}
            dataKey={s.key}
            name={s.label}
            stroke={s.color}
            dot={false}
            activeDot={false}
            strokeWidth={2}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </DayChartFigure>
  );
}
