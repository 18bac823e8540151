import type { AppServices } from '../../core/http/types.js';
import { PLATFORM_TIME_ZONE } from '../../core/time/calendar-day.js';
import { remindOpenSteps } from './use-cases/remind-open-steps.js';

export const TRAINING_REMINDER_QUEUE = 'training-path-reminders';

/** Every morning at 06:00 (Berlin time): reminders for steps of a company's path left open for 14 days. */
export async function scheduleTrainingReminders(services: AppServices): Promise<void> {
  const { queue } = services;
  await queue.createQueue(TRAINING_REMINDER_QUEUE);
  await queue.schedule(TRAINING_REMINDER_QUEUE, '0 6 * * *', {}, { tz: PLATFORM_TIME_ZONE });
  await queue.work(TRAINING_REMINDER_QUEUE, async () => {
    await remindOpenSteps({ services });
  });
}
