import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

import { formatDay } from '../format/time';
import { dayTickInterval } from './dayTicks';

export interface Series {
  key: string;
  label: string;
  color: string;
}

/** Day-by-day bars stacked by series. Data is pre-aggregated per day by the subgraph; no animation on redraw. */
export default function StackedBarChart({ data, series, label, unit }: { data: Record<string, number>[]; series: Series[]; label: string; unit: string }) {
  return (
    <figure role="img" aria-label={label} className="h-64 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 4, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.15} />
          <XAxis dataKey="day" tickFormatter={(day: number) => formatDay(day)} fontSize={11} interval={dayTickInterval(data.length)} />
          <YAxis fontSize={11} width={56} unit={unit ? ` ${unit}` : ''} />
          <Tooltip labelFormatter={(day) => formatDay(Number(day))} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {series.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} stackId="a" fill={s.color} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
