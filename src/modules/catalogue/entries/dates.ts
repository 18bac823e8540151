import { PLATFORM_TIME_ZONE, berlinWallClockToInstant, dateColumnDay } from '../../../core/time/calendar-day.js';

/**
 * Dates and times of catalogue entries. Forms speak Ruhr local time (PLATFORM_TIME_ZONE); the database
 * stores instants (timestamptz) and calendar days (date). pg parses a `date` column as local
 * midnight, so calendar days are read back with local getters, which round-trips exactly.
 */
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

const berlinParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: PLATFORM_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

function partsOf(date: Date): Record<string, number> {
  const parts: Record<string, number> = {};
  for (const part of berlinParts.formatToParts(date))
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return parts;
}

function isRealDay(year: number, month: number, day: number): boolean {
  const probe = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1900 &&
    year <= 2200 &&
    probe.getUTCFullYear() === year &&
    probe.getUTCMonth() === month - 1 &&
    probe.getUTCDate() === day
  );
}

/** "2026-02-30" is no day; "2026-02-28" is. */
export function isCalendarDay(value: string): boolean {
  const match = DAY_PATTERN.exec(value);
  return match !== null && isRealDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** "2026-05-04T18:30" in Ruhr local time → the instant; null for anything else. */
export function berlinLocalToDate(value: string): Date | null {
  const match = LOCAL_PATTERN.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  if (!isRealDay(year, month, day) || hour > 23 || minute > 59) return null;
  return berlinWallClockToInstant(year, month, day, hour, minute);
}

/** The instant as a value for <input type="datetime-local"> in Ruhr local time. */
export function dateToBerlinLocal(date: Date): string {
  const p = partsOf(date);
  const pad = (n: number | undefined) => String(n ?? 0).padStart(2, '0');
  return `${p.year ?? 0}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** A `date` column value as "YYYY-MM-DD" (see the note at the top). */
export function calendarDay(value: Date | string | null): string | null {
  if (value === null) return null;
  return typeof value === 'string' ? value.slice(0, 10) : dateColumnDay(value);
}

/** A calendar day as a Date at noon UTC, for formatting with Intl without a day shift. */
export function dayForDisplay(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}
