/** Most day labels an axis shows. */
const MAX_DAY_TICKS = 7;

/**
 * Recharts' XAxis `interval`: labels skipped between two shown. A fixed interval spares Recharts from measuring every
 * label in the DOM to find which fit (its default), the costliest part of drawing a 90-day chart.
 */
export function dayTickInterval(days: number): number {
  return Math.max(0, Math.ceil(days / MAX_DAY_TICKS) - 1);
}
