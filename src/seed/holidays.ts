import { days } from '../core/time/durations.js';

/**
 * Public holidays in North Rhine-Westphalia (Feiertagsgesetz NW): New Year, Good Friday, Easter
 * Monday, 1 May, Ascension, Whit Monday, Corpus Christi, German Unity Day, All Saints' Day and
 * Christmas. The demo schedules no event on these days (nor on Sundays).
 */

/** Easter Sunday of the Gregorian calendar (the anonymous algorithm of Meeus/Jones/Butcher), as a UTC day. */
export function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(year, month - 1, day));
}

/** The NRW public holidays of a year as calendar days (YYYY-MM-DD), in date order. */
export function nrwPublicHolidays(year: number): string[] {
  const easter = easterSunday(year).getTime();
  const fromEaster = (offset: number): string => new Date(easter + days(offset)).toISOString().slice(0, 10);
  const fixed = (month: number, day: number): string =>
    `${String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return [
    fixed(1, 1),
    fromEaster(-2), // Karfreitag
    fromEaster(1), // Ostermontag
    fixed(5, 1),
    fromEaster(39), // Christi Himmelfahrt
    fromEaster(50), // Pfingstmontag
    fromEaster(60), // Fronleichnam
    fixed(10, 3),
    fixed(11, 1),
    fixed(12, 25),
    fixed(12, 26),
  ].sort();
}

const CACHE = new Map<number, Set<string>>();

/** Whether the calendar day (UTC date of `date`) is a public holiday in NRW. */
export function isNrwPublicHoliday(date: Date): boolean {
  const year = date.getUTCFullYear();
  let holidays = CACHE.get(year);
  if (!holidays) {
    holidays = new Set(nrwPublicHolidays(year));
    CACHE.set(year, holidays);
  }
  return holidays.has(date.toISOString().slice(0, 10));
}

/** Whether an event may take place on the day: not a Sunday, not a public holiday in NRW. */
export function isWorkingDayForEvents(date: Date): boolean {
  return date.getUTCDay() !== 0 && !isNrwPublicHoliday(date);
}
