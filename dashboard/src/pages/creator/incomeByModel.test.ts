import { describe, expect, it } from 'vitest';

import { incomeByModel, incomeSeries } from './incomeByModel';

const point = (day: number, model: string, amount: string, token = 'eth') => ({
  day,
  dailyCredited: amount,
  token: { id: token },
  model: { id: model, name: `M${model}` },
});

describe('income by model', () => {
  it('totals per model in one token, largest first', () => {
    const points = [point(1, '1', '5'), point(2, '2', '9'), point(2, '1', '6'), point(2, '1', '100', 'usdc')];
    expect(incomeByModel(points, 'eth')).toEqual([
      { modelId: '1', name: 'M1', total: 11n },
      { modelId: '2', name: 'M2', total: 9n },
    ]);
  });

  it('keeps the top models as series and sums the rest as other', () => {
    const points = [point(1, '1', '3000'), point(1, '2', '2000'), point(1, '3', '1000')];
    const { keys, rows } = incomeSeries(points, 'eth', 3, 1, 2, 2);
    expect(keys.map((k) => k.key)).toEqual(['m1', 'm2', 'other']);
    expect(rows).toEqual([
      { day: 1, m1: 3, m2: 2, other: 1 },
      { day: 2, m1: 0, m2: 0, other: 0 },
    ]);
  });
});
