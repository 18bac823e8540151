const BERLIN_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day ("2026-03-14") in the Ruhr at this instant: deadlines and session dates are Ruhr days. */
export function berlinDay(at: Date): string {
  return BERLIN_DAY.format(at);
}
