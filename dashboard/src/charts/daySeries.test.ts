import { describe, expect, it } from 'vitest';

import { fillDays, rangeWindow } from './daySeries';

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
    expect(
      fillDays(
        [
          { day: 1, values: { a: 1 } },
          { day: 1, values: { a: 2, b: 1 } },
        ],
        1,
        1,
        ['a', 'b'],
      ),
    ).toEqual([{ day: 1, a: 3, b: 1 }]);
  });
});

describe('rangeWindow', () => {
  it('ends on the current UTC day and spans the range, today included', () => {
    // 2026-11-29 23:59:59 UTC is day 20,786; one second later is the next day.
    expect(rangeWindow('30d', Date.UTC(2026, 10, 29, 23, 59, 59) / 1000)).toEqual({ since: 20_757, today: 20_786 });
    expect(rangeWindow('30d', Date.UTC(2026, 10, 30) / 1000)).toEqual({ since: 20_758, today: 20_787 });
    expect(rangeWindow('1y', Date.UTC(2026, 10, 30) / 1000)).toEqual({ since: 20_787 - 364, today: 20_787 });
  });
});
