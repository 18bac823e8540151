/**
 * The platform's time zone. All seven cities are in Germany: dates and times are shown in German time
 * (CET/CEST) in every language and whatever zone the server runs in. Calendar days are passed around as
 * noon UTC, which is the same day here.
 */
export const PLATFORM_TIME_ZONE = 'Europe/Berlin';

const DAY_PARTS = new Intl.DateTimeFormat('en-US', {
  timeZone: PLATFORM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The calendar day ("2026-03-14") in German time at this instant: deadlines, validity and session dates are
 * days here, so a deadline holds until midnight in the Ruhr, not in UTC. Built from parts rather than from a
 * locale's short date, whose pattern is no promise.
 */
export function berlinDay(at: Date): string {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of DAY_PARTS.formatToParts(at)) parts[part.type] = part.value;
  return `${parts.year ?? ''}-${parts.month ?? ''}-${parts.day ?? ''}`;
}
