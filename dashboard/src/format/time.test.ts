import { describe, expect, it } from 'vitest';

import { ageInDays, dayOf, formatDateTime, formatDay } from './time';

describe('time', () => {
  it('formats chain timestamps in the locale, in UTC', () => {
    expect(formatDateTime('1767225600', 'en-US')).toBe('Jan 1, 2026, 12:00 AM');
    expect(formatDateTime(1767225600, 'de-DE')).toBe('01.01.2026, 00:00');
  });

  it('maps UTC days both ways', () => {
    expect(dayOf(1767225600 + 86_399)).toBe(20454);
    expect(formatDay(20454, 'en-US')).toBe('Jan 1');
  });

  it('counts whole days of age, never negative', () => {
    expect(ageInDays(0, 86_400 * 31 - 1)).toBe(30);
    expect(ageInDays(100, 50)).toBe(0);
  });
});
