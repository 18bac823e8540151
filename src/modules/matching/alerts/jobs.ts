import type { AppServices } from '../../../core/http/types.js';
import { PLATFORM_TIME_ZONE } from '../../../core/time/calendar-day.js';
import { remindInactiveProfiles } from './use-cases/profile-inactivity.js';
import { sendPositionAlerts } from './use-cases/send-position-alerts.js';
import { sendProfileDigests } from './use-cases/send-profile-digests.js';

export const ALERTS_QUEUE = 'matching-alerts';

/**
 * Every morning at 07:30 Berlin time: position alerts, company digests, inactivity reminders. A
 * failing step does not keep the later ones from running; the run then fails with every step's
 * error, so the job queue retries it, and each step skips what it already mailed.
 */
export async function runMatchingAlerts(
  services: AppServices,
  now = new Date(),
): Promise<{ positions: number; digests: number; reminders: number }> {
  const failures: unknown[] = [];
  const attempt = async <R>(step: () => Promise<R>): Promise<R | undefined> => {
    try {
      return await step();
    } catch (error) {
      failures.push(error);
      return undefined;
    }
  };
  const positions = await attempt(() => sendPositionAlerts({ services, now }));
  const digests = await attempt(() => sendProfileDigests({ services, now }));
  const reminders = await attempt(() => remindInactiveProfiles({ services, now }));
  if (failures.length === 1) throw failures[0];
  if (failures.length > 1)
    throw new AggregateError(
      failures,
      `matching alerts: ${failures.length} steps failed: ${failures.map((error) => (error instanceof Error ? error.message : String(error))).join('; ')}`,
    );
  return { positions: positions?.mailed ?? 0, digests: digests?.mailed ?? 0, reminders: reminders?.reminded ?? 0 };
}

/**
 * A failed morning run is retried after 5 to 10 minutes, then 10 to 20, 20 to 40 and 40 to 80
 * (pg-boss doubles the delay and adds up to as much again at random): a database or mail outage of
 * a few minutes is over by then, instead of being retried straight into the same failure (pg-boss's
 * default: twice, at once). The last retry still falls in the morning.
 */
export const ALERTS_RETRY = { retryLimit: 4, retryDelay: 5 * 60, retryBackoff: true } as const;

export async function scheduleMatchingAlerts(services: AppServices): Promise<void> {
  await services.queue.createQueue(ALERTS_QUEUE);
  // On the queue, so every job of it retries this way; updated as well as created, because
  // createQueue leaves a queue that already exists (from an earlier version) as it was.
  await services.queue.updateQueue(ALERTS_QUEUE, { ...ALERTS_RETRY });
  await services.queue.schedule(ALERTS_QUEUE, '30 7 * * *', {}, { tz: PLATFORM_TIME_ZONE });
  await services.queue.work(ALERTS_QUEUE, async () => {
    await runMatchingAlerts(services);
  });
}
