import { Cell, Legend, Pie, PieChart, ResponsiveContainer, Tooltip } from 'recharts';

import { PALETTE } from './palette';

/** Shares of a whole (a royalty split, a vault's supply), largest slices first. */
export default function ShareDonut({ slices, label }: { slices: { name: string; value: number }[]; label: string }) {
  return (
    <figure role="img" aria-label={label} className="h-56 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <PieChart>
          <Pie data={slices} dataKey="value" nameKey="name" innerRadius="50%" outerRadius="80%" isAnimationActive={false}>
            {slices.map((slice, i) => (
              <Cell key={slice.name} fill={PALETTE[i % PALETTE.length]} />
            ))}
          </Pie>
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 11 }} />
        </PieChart>
      </ResponsiveContainer>
    </figure>
  );
}
