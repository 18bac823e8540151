import type { AlertFrequency } from '../../tables.js';
import { hours } from '../../../../core/time/durations.js';

/**
 * The latest last-sent time at which a subscription is due again. The job runs once a day; the
 * half-day slack lets a daily mail go out every morning even if yesterday's run was a little late,
 * and never twice on one day.
 */
export function dueBefore(frequency: AlertFrequency, now: Date): Date {
  return new Date(now.getTime() - hours(frequency === 'daily' ? 12 : 6 * 24 + 12));
}
