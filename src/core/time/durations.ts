/**
 * Named durations in milliseconds, for instants that lie a fixed time apart (tokens, sessions, retention).
 * A calendar day in German time is not always 24 hours long: for deadlines and validity use the calendar
 * days in calendar-day.ts instead.
 */
export function minutes(count: number): number {
  return count * 60_000;
}

export function hours(count: number): number {
  return count * 3_600_000;
}

export function days(count: number): number {
  return count * 86_400_000;
}
