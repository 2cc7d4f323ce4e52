import type { Series } from './chartSeries';

/** The chart's key, in HTML under the plot (the figure's accessible name already says what is plotted). */
export function SeriesLegend({ series }: { series: Series[] }) {
  return (
    <ul className="flex flex-wrap justify-center gap-x-3 text-xs" aria-hidden="true">
      {series.map((s) => (
        <li key={s.key} className="flex min-w-0 max-w-full items-center gap-1" title={s.label}>
          <span className="inline-block h-2 w-2 shrink-0 rounded-sm" style={{ backgroundColor: s.color }} />
          {/* Labels are on-chain names and symbols: one line each, cut at the chart's width. */}
          <bdi className="truncate">{s.label}</bdi>
        </li>
      ))}
    </ul>
  );
}
