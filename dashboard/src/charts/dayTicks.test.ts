import { describe, expect, it } from 'vitest';

import { dayTickInterval } from './dayTicks';

/** Labels Recharts shows for `days` points with interval `n`: every (n + 1)-th point from the first. */
const labelsShown = (days: number, interval: number) => Math.ceil(days / (interval + 1));

describe('dayTickInterval', () => {
  it('labels every day of a short series', () => {
    expect(dayTickInterval(1)).toBe(0);
    expect(dayTickInterval(7)).toBe(0);
  });

  it('never shows more than seven labels, nor fewer than four, from a week to a year', () => {
    for (let days = 8; days <= 365; days++) {
      const shown = labelsShown(days, dayTickInterval(days));
      expect(shown, `${days} days`).toBeLessThanOrEqual(7);
      expect(shown, `${days} days`).toBeGreaterThanOrEqual(4);
    }
  });
});
