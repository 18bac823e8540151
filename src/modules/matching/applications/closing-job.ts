import type { AppServices } from '../../../core/http/types.js';
import { PLATFORM_TIME_ZONE } from '../../../core/time/calendar-day.js';
import { closeApplicationsOfClosedPositions } from './use-cases/close-applications.js';

export const CLOSING_QUEUE = 'matching-close-applications';

/**
 * Every 15 minutes, applications of positions that were closed or deleted since are declined and
 * their applicants told; the trigger on positions marks them whoever closed the position.
 */
export async function scheduleApplicationClosing(
  services: Pick<AppServices, 'db' | 'queue' | 'config'>,
): Promise<void> {
  const { queue } = services;
  await queue.createQueue(CLOSING_QUEUE);
  await queue.schedule(CLOSING_QUEUE, '*/15 * * * *', {}, { tz: PLATFORM_TIME_ZONE });
  await queue.work(CLOSING_QUEUE, async () => {
    await services.db.transaction().execute((trx) => closeApplicationsOfClosedPositions(trx, services));
  });
}
