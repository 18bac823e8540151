import { sql } from 'kysely';
import type { PersonalDataSource } from '../../../core/privacy/registry.js';
import { lockEvent } from './registrations.js';
import { fillFreePlaces, type PromotionMailing } from './use-cases/fill-free-places.js';

/** Registrations are kept until six months after the event ended, then deleted. */
export const REGISTRATION_RETENTION_MONTHS = 6;

/**
 * The registry calls erase() with the deletion transaction only, but a place freed by a deleted
 * account must still go to the next person waiting, with a mail. The running platform hands
 * its queue and address here when the events routes are registered.
 */
let mailing: PromotionMailing | null = null;

export function usePromotionMailing(current: PromotionMailing): void {
  mailing = current;
}

export const eventRegistrationsPersonalData: PersonalDataSource = {
  id: 'event_registrations',
  purposeKey: 'catalogue_events.privacy.purpose',
  retentionKey: 'catalogue_events.privacy.retention',
  async export(db, userId) {
    return db
      .selectFrom('event_registrations as r')
      .innerJoin('catalogue_entries as e', 'e.id', 'r.entry_id')
      .select(['e.title as event', 'e.starts_at', 'e.ends_at', 'r.status', 'r.created_at', 'r.updated_at'])
      .where('r.user_id', '=', userId)
      .orderBy('r.created_at')
      .execute();
  },
  async erase(db, userId) {
    const own = await db
      .selectFrom('event_registrations')
      .select(['entry_id', 'status'])
      .where('user_id', '=', userId)
      .orderBy('entry_id')
      .execute();
    for (const registration of own) {
      const event = await lockEvent(db, registration.entry_id);
      await db
        .deleteFrom('event_registrations')
        .where('entry_id', '=', registration.entry_id)
        .where('user_id', '=', userId)
        .execute();
      const isUpcoming = event?.startsAt != null && event.startsAt.getTime() > Date.now();
      if (event && registration.status === 'registered' && isUpcoming && mailing)
        await fillFreePlaces({ trx: db, event, mailing });
    }
  },
  async purgeExpired(db, now) {
    const cutoff = new Date(now);
    cutoff.setUTCMonth(cutoff.getUTCMonth() - REGISTRATION_RETENTION_MONTHS);
    const result = await db
      .deleteFrom('event_registrations')
      .where('entry_id', 'in', (eb) =>
        eb
          .selectFrom('catalogue_entries')
          .select('id')
          .where(sql<boolean>`coalesce(ends_at, starts_at) < ${cutoff}`),
      )
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  },
};
