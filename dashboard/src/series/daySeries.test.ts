import { describe, expect, it } from 'vitest';

import { fillDays } from './daySeries';

describe('fillDays', () => {
  it('fills quiet days with zero and carries cumulative values', () => {
    const rows = fillDays(
      [
        { day: 10, values: { daily: 2, total: 2 } },
        { day: 12, values: { daily: 3, total: 5 } },
      ],
      9,
      13,
      ['daily', 'total'],
      ['total'],
    );
    expect(rows).toEqual([
      { day: 9, daily: 0, total: 0 },
      { day: 10, daily: 2, total: 2 },
      { day: 11, daily: 0, total: 2 },
      { day: 12, daily: 3, total: 5 },
      { day: 13, daily: 0, total: 5 },
    ]);
  });

  it('adds points of the same day (several tokens or models)', () => {
    expect(fillDays([{ day: 1, values: { a: 1 } }, { day: 1, values: { a: 2, b: 1 } }], 1, 1, ['a', 'b'])).toEqual([{ day: 1, a: 3, b: 1 }]);
  });
});
