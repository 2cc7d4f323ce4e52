import type { Series } from './chartSeries';

/** The chart's key, in HTML under the plot (the figure's accessible name already says what is plotted). */
export function SeriesLegend({ series }: { series: Series[] }) {
  return (
    <ul className="flex flex-wrap justify-center gap-x-3 text-xs" aria-hidden="true">
      {series.map((s) => (
        <li key={s.key} className="flex items-center gap-1">
          <span className="inline-block h-2 w-2 rounded-sm" style={{ backgroundColor: s.color }} />
          {s.label}
        </li>
      ))}
    </ul>
  );
}
