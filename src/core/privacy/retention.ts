import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { PLATFORM_TIME_ZONE } from '../time/calendar-day.js';
import type { JobQueue } from '../jobs/boss.js';
import { DEFAULT_SESSION_IDLE_MS } from '../auth/sessions.js';
import { personalDataSources, type RetentionSettings } from './registry.js';

export const RETENTION_QUEUE = 'purge-expired-personal-data';

/**
 * Deletes, for every registered source, what is past its retention limit. Returns rows removed per source.
 * `settings` are the deployment's (the platform passes its configuration); the defaults are the configuration's.
 */
export async function purgeExpiredPersonalData(
  db: Kysely<Database>,
  now = new Date(),
  settings: RetentionSettings = { sessionIdleMs: DEFAULT_SESSION_IDLE_MS },
): Promise<Record<string, number>> {
  const removed: Record<string, number> = {};
  for (const source of personalDataSources()) {
    if (source.purgeExpired)
      removed[source.id] = await db
        .transaction()
        .execute((trx) => source.purgeExpired?.(trx, now, settings) ?? Promise.resolve(0));
  }
  return removed;
}

/** Runs the purge every night at 03:15 (Berlin time) as a background job. */
export async function scheduleRetention(
  queue: JobQueue,
  db: Kysely<Database>,
  settings: RetentionSettings,
): Promise<void> {
  await queue.createQueue(RETENTION_QUEUE);
  await queue.schedule(RETENTION_QUEUE, '15 3 * * *', {}, { tz: PLATFORM_TIME_ZONE });
  await queue.work(RETENTION_QUEUE, async () => {
    await purgeExpiredPersonalData(db, new Date(), settings);
  });
}
