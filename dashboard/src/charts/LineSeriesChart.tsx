import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

import { formatDay } from '../format/time';
import { dayTickInterval } from './dayTicks';
import type { Series } from './StackedBarChart';

/** One line per series over UTC days. */
export default function LineSeriesChart({ data, series, label }: { data: Record<string, number>[]; series: Series[]; label: string }) {
  return (
    <figure role="img" aria-label={label} className="h-64 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 4, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.15} />
          <XAxis dataKey="day" tickFormatter={(day: number) => formatDay(day)} fontSize={11} interval={dayTickInterval(data.length)} />
          <YAxis fontSize={11} width={56} />
          <Tooltip labelFormatter={(day) => formatDay(Number(day))} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {series.map((s) => (
            <Line key={s.key} dataKey={s.key} name={s.label} stroke={s.color} dot={false} strokeWidth={2} isAnimationActive={false} />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
