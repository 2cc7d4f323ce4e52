/**
 * Chart rows from the subgraph's day snapshots. Snapshots exist only for days with activity, so the days in between
 * are filled: daily values with 0, cumulative values with the last known one.
 */
import { dayOf } from '../format/time';

export type DayRow = { day: number } & Record<string, number>;

export function fillDays(
  points: { day: number; values: Record<string, number> }[],
  fromDay: number,
  toDay: number,
  keys: string[],
  carry: string[] = [],
): DayRow[] {
  const byDay = new Map<number, Record<string, number>>();
  for (const point of points) {
    const row = byDay.get(point.day) ?? {};
    for (const [key, value] of Object.entries(point.values)) row[key] = (row[key] ?? 0) + value;
    byDay.set(point.day, row);
  }
  const rows: DayRow[] = [];
  const last: Record<string, number> = {};
  for (let day = fromDay; day <= toDay; day++) {
    const found = byDay.get(day);
    const row: DayRow = { day } as DayRow;
    for (const key of keys) {
      const value = found?.[key];
      if (carry.includes(key)) {
        if (value !== undefined) last[key] = value;
        row[key] = last[key] ?? 0;
      } else {
        row[key] = value ?? 0;
      }
    }
    rows.push(row);
  }
  return rows;
}

export const RANGES = { '30d': 30, '90d': 90, '1y': 365 } as const;
export type RangeKey = keyof typeof RANGES;

export function rangeFromParam(param: string | null): RangeKey {
  return param && param in RANGES ? (param as RangeKey) : '90d';
}

/** The days a range shows at a moment (unix seconds): its last day is today, UTC, and it spans the range's days. */
export function rangeWindow(range: RangeKey, nowSeconds: number): { since: number; today: number } {
  const today = dayOf(nowSeconds);
  return { since: today - RANGES[range] + 1, today };
}
