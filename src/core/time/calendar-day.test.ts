import { describe, expect, it } from 'vitest';
import {
  addDays,
  berlinDay,
  berlinDayEnd,
  berlinDayStart,
  berlinOffset,
  berlinWallClockToInstant,
  dateColumnDay,
  daysBetween,
} from './calendar-day.js';
import { days, hours, minutes } from './durations.js';

describe('berlinDay', () => {
  it('gives the calendar day in German time, not in UTC', () => {
    // 23:30 UTC is already the next day in Berlin: 00:30 in winter, 01:30 in summer.
    expect(berlinDay(new Date('2026-01-14T23:30:00Z'))).toBe('2026-01-15');
    expect(berlinDay(new Date('2026-07-14T22:30:00Z'))).toBe('2026-07-15');
    expect(berlinDay(new Date('2026-01-14T22:59:00Z'))).toBe('2026-01-14');
    expect(berlinDay(new Date('2026-05-31T23:30:00Z'))).toBe('2026-06-01');
  });

  it('crosses the new year and pads month and day', () => {
    expect(berlinDay(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
    expect(berlinDay(new Date('2026-12-31T22:59:59Z'))).toBe('2026-12-31');
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

  it('defaults to now', () => {
    const before = berlinDay(new Date());
    const today = berlinDay();
    expect([before, addDays(before, 1)]).toContain(today);
  });
});

describe('berlinOffset', () => {
  it('is +01:00 in winter and +02:00 in summer', () => {
    expect(berlinOffset(new Date('2026-01-15T12:00:00Z'))).toBe('+01:00');
    expect(berlinOffset(new Date('2026-07-15T12:00:00Z'))).toBe('+02:00');
  });

  it('changes at 01:00 UTC on the last Sunday of March and of October', () => {
    expect(berlinOffset(new Date('2026-03-29T00:59:59Z'))).toBe('+01:00');
    expect(berlinOffset(new Date('2026-03-29T01:00:00Z'))).toBe('+02:00');
    expect(berlinOffset(new Date('2026-10-25T00:59:59Z'))).toBe('+02:00');
    expect(berlinOffset(new Date('2026-10-25T01:00:00Z'))).toBe('+01:00');
  });
});

describe('berlinDayStart and berlinDayEnd', () => {
  it('are midnight in German time', () => {
    expect(berlinDayStart('2026-01-15').toISOString()).toBe('2026-01-14T23:00:00.000Z');
    expect(berlinDayEnd('2026-01-15').toISOString()).toBe('2026-01-15T23:00:00.000Z');
    expect(berlinDayStart('2026-06-01').toISOString()).toBe('2026-05-31T22:00:00.000Z');
    expect(berlinDayStart('2027-01-01').toISOString()).toBe('2026-12-31T23:00:00.000Z');
  });

  it('make the days of the clock changes 23 and 25 hours long', () => {
    const spring = berlinDayEnd('2026-03-29').getTime() - berlinDayStart('2026-03-29').getTime();
    const autumn = berlinDayEnd('2026-10-25').getTime() - berlinDayStart('2026-10-25').getTime();
    expect(spring).toBe(hours(23));
    expect(autumn).toBe(hours(25));
    expect(berlinDayEnd('2026-03-29').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(berlinDayEnd('2026-10-25').toISOString()).toBe('2026-10-25T23:00:00.000Z');
  });

  it('refuse what is no calendar day', () => {
    expect(() => berlinDayStart('15.01.2026')).toThrow(RangeError);
  });
});

describe('berlinWallClockToInstant', () => {
  it('reads a wall-clock time on both sides of the clock changes', () => {
    expect(berlinWallClockToInstant(2026, 3, 29, 1, 59).toISOString()).toBe('2026-03-29T00:59:00.000Z');
    expect(berlinWallClockToInstant(2026, 3, 29, 3, 0).toISOString()).toBe('2026-03-29T01:00:00.000Z');
    // 02:30 does not exist that night; a clock shows 03:30.
    expect(berlinWallClockToInstant(2026, 3, 29, 2, 30).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(berlinWallClockToInstant(2026, 10, 25, 1, 30).toISOString()).toBe('2026-10-24T23:30:00.000Z');
    expect(berlinWallClockToInstant(2026, 10, 25, 3, 30).toISOString()).toBe('2026-10-25T02:30:00.000Z');
  });
});

describe('addDays and daysBetween', () => {
  it('count calendar days across the clock changes and the new year', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2026-06-01', '2026-05-31')).toBe(-1);
  });
});

describe('dateColumnDay', () => {
  it('reads back a date column, which node-postgres gives as local midnight', () => {
    expect(dateColumnDay(new Date(2026, 5, 1))).toBe('2026-06-01');
    expect(dateColumnDay(new Date(2026, 11, 31))).toBe('2026-12-31');
  });
});

describe('durations', () => {
  it('are milliseconds', () => {
    expect(minutes(2)).toBe(120_000);
    expect(hours(1)).toBe(3_600_000);
    expect(days(14)).toBe(14 * 24 * 3600 * 1000);
  });
});
