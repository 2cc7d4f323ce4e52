import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';

import { formatDay } from '../format/time';
import { dayTickInterval } from './dayTicks';
import { SeriesLegend } from './SeriesLegend';
import type { Series } from './chartSeries';

/** One line per series over UTC days. */
export default function LineSeriesChart({ data, series, label }: { data: Record<string, number>[]; series: Series[]; label: string }) {
  return (
    <figure role="img" aria-label={label} className="flex h-64 w-full flex-col">
      <LineChart responsive style={{ width: '100%', flex: 1, minHeight: 0 }} data={data} margin={{ top: 4, right: 8, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.15} vertical={false} />
        <XAxis dataKey="day" tickFormatter={(day: number) => formatDay(day)} fontSize={11} interval={dayTickInterval(data.length)} />
        <YAxis fontSize={11} width={56} interval={0} />
        <Tooltip labelFormatter={(day) => formatDay(Number(day))} />
        {series.map((s) => (
          <Line key={s.key} dataKey={s.key} name={s.label} stroke={s.color} dot={false} activeDot={false} strokeWidth={2} isAnimationActive={false} />
        ))}
      </LineChart>
      <SeriesLegend series={series} />
    </figure>
  );
}
