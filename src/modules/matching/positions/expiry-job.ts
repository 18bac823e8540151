import type { AppServices } from '../../../core/http/types.js';
import { PLATFORM_TIME_ZONE } from '../../../core/time/calendar-day.js';
import { closeExpiredPositions } from './use-cases/change-position-status.js';

export const POSITION_EXPIRY_QUEUE = 'matching-close-expired-positions';

/** Closes positions past their deadline every night at 00:20 (Berlin time). */
export async function schedulePositionExpiry(services: Pick<AppServices, 'db' | 'queue'>): Promise<void> {
  const { queue } = services;
  await queue.createQueue(POSITION_EXPIRY_QUEUE);
  await queue.schedule(POSITION_EXPIRY_QUEUE, '20 0 * * *', {}, { tz: PLATFORM_TIME_ZONE });
  await queue.work(POSITION_EXPIRY_QUEUE, async () => {
    await closeExpiredPositions(services.db);
  });
}
