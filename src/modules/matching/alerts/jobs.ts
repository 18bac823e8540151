import type { AppServices } from '../../../core/http/types.js';
import { remindInactiveProfiles } from './use-cases/profile-inactivity.js';
import { sendPositionAlerts } from './use-cases/send-position-alerts.js';
import { sendProfileDigests } from './use-cases/send-profile-digests.js';

export const ALERTS_QUEUE = 'matching-alerts';

/** Every morning at 07:30 Berlin time: position alerts, company digests, inactivity reminders. */
export async function runMatchingAlerts(services: AppServices, now = new Date()): Promise<{ positions: number; digests: number; reminders: number }> {
  const positions = await sendPositionAlerts({ services, now });
  const digests = await sendProfileDigests({ services, now });
  const reminders = await remindInactiveProfiles({ services, now });
  return { positions: positions.mailed, digests: digests.mailed, reminders: reminders.reminded };
}

export async function scheduleMatchingAlerts(services: AppServices): Promise<void> {
  await services.queue.createQueue(ALERTS_QUEUE);
  await services.queue.schedule(ALERTS_QUEUE, '30 7 * * *', {}, { tz: 'Europe/Berlin' });
  await services.queue.work(ALERTS_QUEUE, async () => {
    await runMatchingAlerts(services);
  });
}
