import type { AlertFrequency } from '../../tables.js';

const HOUR_MS = 3600 * 1000;

/**
 * The latest last-sent time at which a subscription is due again. The job runs once a day; the
 * half-day slack lets a daily mail go out every morning even if yesterday's run was a little late,
 * and never twice on one day.
 */
export function dueBefore(frequency: AlertFrequency, now: Date): Date {
  return new Date(now.getTime() - (frequency === 'daily' ? 12 : 6 * 24 + 12) * HOUR_MS);
}
