/**
 * A creator's income in one token, by model: totals over the range (for the table) and day rows stacked by the top
 * models, the rest summed as 'other' so a chart keeps a handful of series.
 */
import { toChartNumber } from '../../format/amount';
import { type DayRow, fillDays } from '../../charts/daySeries';

export interface IncomePoint {
  day: number;
  dailyCredited: string;
  token: { id: string };
  model: { id: string; name: string };
}

export function incomeByModel(points: IncomePoint[], tokenId: string): { modelId: string; name: string; total: bigint }[] {
  const totals = new Map<string, { modelId: string; name: string; total: bigint }>();
  for (const p of points) {
    if (p.token.id !== tokenId) continue;
    const row = totals.get(p.model.id) ?? { modelId: p.model.id, name: p.model.name, total: 0n };
    row.total += BigInt(p.dailyCredited);
    totals.set(p.model.id, row);
  }
  return [...totals.values()].sort((a, b) => (b.total > a.total ? 1 : b.total < a.total ? -1 : 0));
}

export function incomeSeries(
  points: IncomePoint[],
  tokenId: string,
  decimals: number,
  fromDay: number,
  toDay: number,
  top = 6,
): { keys: { key: string; label: string }[]; rows: DayRow[] } {
  const ranked = incomeByModel(points, tokenId);
  const shown = new Set(ranked.slice(0, top).map((r) => r.modelId));
  const keys = ranked.slice(0, top).map((r) => ({ key: `m${r.modelId}`, label: r.name }));
  if (ranked.length > top) keys.push({ key: 'other', label: 'other models' });
  const rows = fillDays(
    points
      .filter((p) => p.token.id === tokenId)
      .map((p) => ({
        day: p.day,
        values: { [shown.has(p.model.id) ? `m${p.model.id}` : 'other']: toChartNumber(p.dailyCredited, decimals) },
      })),
    fromDay,
    toDay,
    keys.map((k) => k.key),
  );
  return { keys, rows };
}
