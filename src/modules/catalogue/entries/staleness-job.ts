import type { AppServices } from '../../../core/http/types.js';
import { PLATFORM_TIME_ZONE } from '../../../core/time/calendar-day.js';
import { checkStaleEntries } from './use-cases/check-stale-entries.js';

export const STALENESS_QUEUE = 'catalogue-stale-entries';

/** Runs the staleness check every morning at 04:30 (Berlin time), like the nightly retention job. */
export async function scheduleStalenessCheck(services: Pick<AppServices, 'db' | 'queue' | 'config'>): Promise<void> {
  const { queue } = services;
  await queue.createQueue(STALENESS_QUEUE);
  await queue.schedule(STALENESS_QUEUE, '30 4 * * *', {}, { tz: PLATFORM_TIME_ZONE });
  await queue.work(STALENESS_QUEUE, async () => {
    await checkStaleEntries({ services });
  });
}
