/**
 * Calendar days in the platform's time zone. All seven cities are in Germany: dates and times are shown in
 * German time (CET/CEST) in every language and whatever zone the server runs in, and a deadline holds until
 * midnight in the Ruhr, not in UTC. A calendar day is a "YYYY-MM-DD" string; arithmetic on it never goes
 * through an instant, so clock changes cannot shift it.
 */
export const PLATFORM_TIME_ZONE = 'Europe/Berlin';

/** "2026-03-14": a day of the calendar, without a time or a zone. */
export type CalendarDay = string;

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

const DAY_PARTS = new Intl.DateTimeFormat('en-US', {
  timeZone: PLATFORM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const OFFSET_PART = new Intl.DateTimeFormat('en-US', { timeZone: PLATFORM_TIME_ZONE, timeZoneName: 'longOffset' });

/**
 * The calendar day in German time at this instant (by default now). Built from parts rather than from a
 * locale's short date, whose pattern is no promise.
 */
export function berlinDay(at: Date = new Date()): CalendarDay {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of DAY_PARTS.formatToParts(at)) parts[part.type] = part.value;
  return `${parts.year ?? ''}-${parts.month ?? ''}-${parts.day ?? ''}`;
}

/** German time's offset from UTC at this instant, as in an ISO 8601 string: "+01:00" (CET) or "+02:00" (CEST). */
export function berlinOffset(at: Date): string {
  const name = OFFSET_PART.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  // "GMT+02:00"; a zone at UTC would be plain "GMT".
  return name === 'GMT' ? '+00:00' : name.slice(3);
}

/** The same offset in minutes (60 or 120). */
export function berlinOffsetMinutes(at: Date): number {
  const match = /^([+-])(\d{2}):(\d{2})$/.exec(berlinOffset(at));
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

/**
 * The instant at which this wall-clock time in German time happens. The offset at a first guess settles
 * it; around a clock change the guess can be an hour off, so the offset at the result is checked once more.
 * A time skipped in spring lands an hour later, like a clock would show it.
 */
export function berlinWallClockToInstant(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): Date {
  const wallClock = Date.UTC(year, month - 1, day, hour, minute, second);
  const guess = wallClock - berlinOffsetMinutes(new Date(wallClock)) * 60_000;
  return new Date(wallClock - berlinOffsetMinutes(new Date(guess)) * 60_000);
}

function partsOfDay(day: CalendarDay): [number, number, number] {
  const match = DAY_PATTERN.exec(day);
  if (!match) throw new RangeError(`Not a calendar day: ${day}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** The first instant of the day in German time (00:00 CET or CEST). */
export function berlinDayStart(day: CalendarDay): Date {
  return berlinWallClockToInstant(...partsOfDay(day));
}

/** The end of the day in German time: the first instant of the next day, as an exclusive bound. */
export function berlinDayEnd(day: CalendarDay): Date {
  return berlinDayStart(addDays(day, 1));
}

/** The calendar day `count` days later (earlier when negative); 23- and 25-hour days count as one. */
export function addDays(day: CalendarDay, count: number): CalendarDay {
  const [year, month, date] = partsOfDay(day);
  return new Date(Date.UTC(year, month - 1, date + count)).toISOString().slice(0, 10);
}

/** How many calendar days from `from` to `to`: 1 from one day to the next, negative when `to` comes first. */
export function daysBetween(from: CalendarDay, to: CalendarDay): number {
  const [fromYear, fromMonth, fromDate] = partsOfDay(from);
  const [toYear, toMonth, toDate] = partsOfDay(to);
  return Math.round((Date.UTC(toYear, toMonth - 1, toDate) - Date.UTC(fromYear, fromMonth - 1, fromDate)) / 86_400_000);
}

/**
 * The calendar day of a `date` column. node-postgres reads a `date` as midnight in the server's own zone,
 * so the day is read back with local getters, which round-trips exactly whatever that zone is.
 */
export function dateColumnDay(value: Date): CalendarDay {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
}
