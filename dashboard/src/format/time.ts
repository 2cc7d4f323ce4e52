import { dateFormat } from './intlFormats';

/** Chain times are Unix seconds (strings from the subgraph); the subgraph's `day` is seconds / 86,400. */
import { DAY_SECONDS } from '@modelmint/subgraph/api';

export { DAY_SECONDS };

export function formatDateTime(unixSeconds: string | number | bigint, locale?: string): string {
  return dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(Number(unixSeconds) * 1000);
}

/** A UTC day number as a short date ('Mar 4'): day series are UTC days. */
export function formatDay(day: number, locale?: string): string {
  return dateFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(day * DAY_SECONDS * 1000);
}

export function dayOf(unixSeconds: number): number {
  return Math.floor(unixSeconds / DAY_SECONDS);
}

/** Whole days from `unixSeconds` to `now` (both Unix seconds). */
export function ageInDays(unixSeconds: number, now: number): number {
  return Math.max(0, Math.floor((now - unixSeconds) / DAY_SECONDS));
}
