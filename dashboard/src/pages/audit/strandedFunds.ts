/**
 * Money the market holds that nobody has collected: pending royalty balances and unclaimed vault revenue, bucketed by
 * days since it was last credited, largest first within the whole list.
 */
import { ageInDays } from '../../format/time';

export type AgeBucket = '0–30 days' | '30–90 days' | '90+ days';
export const AGE_BUCKETS: AgeBucket[] = ['0–30 days', '30–90 days', '90+ days'];

export interface Unclaimed {
  kind: 'royalty balance' | 'vault revenue';
  holder: string;
  token: string;
  amount: bigint;
  lastCreditAt: number;
}

export function ageBucket(lastCreditAt: number, now: number): AgeBucket {
  const days = ageInDays(lastCreditAt, now);
  if (days < 30) return '0–30 days';
  if (days < 90) return '30–90 days';
  return '90+ days';
}

/** Totals per token and age bucket: `totals[token][bucket]`. */
export function bucketUnclaimed(items: Unclaimed[], now: number): Map<string, Record<AgeBucket, bigint>> {
  const totals = new Map<string, Record<AgeBucket, bigint>>();
  for (const item of items) {
    const row = totals.get(item.token) ?? { '0–30 days': 0n, '30–90 days': 0n, '90+ days': 0n };
    row[ageBucket(item.lastCreditAt, now)] += item.amount;
    totals.set(item.token, row);
  }
  return totals;
}

/** Grouped by token (amounts in different tokens do not compare), largest first within each. */
export function largestFirst(items: Unclaimed[]): Unclaimed[] {
  return [...items].sort((a, b) => {
    if (a.token !== b.token) return a.token < b.token ? -1 : 1;
    return b.amount > a.amount ? 1 : b.amount < a.amount ? -1 : 0;
  });
}
