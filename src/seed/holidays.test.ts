import { describe, expect, it } from 'vitest';
import { easterSunday, isNrwPublicHoliday, isWorkingDayForEvents, nrwPublicHolidays } from './holidays.js';

describe('NRW public holidays', () => {
  it('finds Easter Sunday for years with known dates, including the earliest and latest possible', () => {
    const known: Record<number, string> = {
      2008: '2008-03-23',
      2011: '2011-04-24',
      2019: '2019-04-21',
      2024: '2024-03-31',
      2025: '2025-04-20',
      2026: '2026-04-05',
      2027: '2027-03-28',
      2038: '2038-04-25',
      2285: '2285-03-22',
    };
    for (const [year, day] of Object.entries(known))
      expect(easterSunday(Number(year)).toISOString().slice(0, 10), year).toBe(day);
  });

  it('lists the eleven holidays of 2026 with the Easter-based ones in their place', () => {
    expect(nrwPublicHolidays(2026)).toEqual([
      '2026-01-01',
      '2026-04-03', // Good Friday
      '2026-04-06', // Easter Monday
      '2026-05-01',
      '2026-05-14', // Ascension
      '2026-05-25', // Whit Monday
      '2026-06-04', // Corpus Christi
      '2026-10-03',
      '2026-11-01',
      '2026-12-25',
      '2026-12-26',
    ]);
    expect(nrwPublicHolidays(2027)).toContain('2027-05-06'); // Ascension 2027
    expect(nrwPublicHolidays(2027)).toContain('2027-05-27'); // Corpus Christi 2027
  });

  it('keeps events off holidays and Sundays, and allows ordinary weekdays and Saturdays', () => {
    expect(isNrwPublicHoliday(new Date('2026-10-03T10:00:00Z'))).toBe(true);
    expect(isNrwPublicHoliday(new Date('2026-10-02T10:00:00Z'))).toBe(false);
    expect(isWorkingDayForEvents(new Date('2026-12-25T09:00:00Z'))).toBe(false);
    expect(isWorkingDayForEvents(new Date('2026-12-06T09:00:00Z'))).toBe(false); // a Sunday
    expect(isWorkingDayForEvents(new Date('2026-12-05T09:00:00Z'))).toBe(true); // a Saturday
    expect(isWorkingDayForEvents(new Date('2026-12-08T09:00:00Z'))).toBe(true);
  });
});
