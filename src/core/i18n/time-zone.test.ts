import { describe, expect, it } from 'vitest';
import { berlinDay } from './time-zone.js';

describe('berlinDay', () => {
  it('gives the calendar day in German time, not in UTC', () => {
    // 23:30 UTC is already the next day in Berlin: 00:30 in winter, 01:30 in summer.
    expect(berlinDay(new Date('2026-01-14T23:30:00Z'))).toBe('2026-01-15');
    expect(berlinDay(new Date('2026-07-14T22:30:00Z'))).toBe('2026-07-15');
    expect(berlinDay(new Date('2026-01-14T22:59:00Z'))).toBe('2026-01-14');
  });

  it('crosses the new year and pads month and day', () => {
    expect(berlinDay(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
    expect(berlinDay(new Date('2026-03-05T12:00:00Z'))).toBe('2026-03-05');
  });

  it('follows the clock change: the last Sunday of March and of October', () => {
    expect(berlinDay(new Date('2026-03-28T23:00:00Z'))).toBe('2026-03-29');
    expect(berlinDay(new Date('2026-03-29T21:59:00Z'))).toBe('2026-03-29');
    expect(berlinDay(new Date('2026-03-29T22:00:00Z'))).toBe('2026-03-30');
    expect(berlinDay(new Date('2026-10-24T21:59:00Z'))).toBe('2026-10-24');
    expect(berlinDay(new Date('2026-10-25T22:59:00Z'))).toBe('2026-10-25');
    expect(berlinDay(new Date('2026-10-25T23:00:00Z'))).toBe('2026-10-26');
  });
});
