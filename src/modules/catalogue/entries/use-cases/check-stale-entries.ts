import { sql } from 'kysely';
import type { AppServices } from '../../../../core/http/types.js';
import { STALE_AFTER_MONTHS, STALE_GRACE_DAYS } from '../../taxonomy.js';
import { berlinDay } from '../../../../core/time/calendar-day.js';
import { calendarDay } from '../dates.js';
import { editLink, mailEntryManagers, recordChange } from '../entry-records.js';
import { days } from '../../../../core/time/durations.js';

function monthsBefore(now: Date, months: number): Date {
  const date = new Date(now);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date;
}

/**
 * The daily staleness check, with the clock passed in so tests can run it at any moment:
 * 1. a published entry past its validity, or neither edited nor confirmed for STALE_AFTER_MONTHS,
 *    is flagged once to its organisation's admins by mail;
 * 2. a flagged entry nobody confirmed within STALE_GRACE_DAYS is hidden from the public.
 */
export async function checkStaleEntries(options: {
  services: Pick<AppServices, 'db' | 'queue' | 'config'>;
  now?: Date;
}): Promise<{ flagged: number; hidden: number }> {
  const { services } = options;
  const now = options.now ?? new Date();
  const today = berlinDay(now);
  const untouchedSince = monthsBefore(now, STALE_AFTER_MONTHS);

  const toFlag = await services.db
    .selectFrom('catalogue_entries')
    .select(['id', 'organisation_id', 'created_by', 'title', 'valid_until'])
    .where('status', '=', 'published')
    .where('hidden_at', 'is', null)
    .where('stale_notified_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb('valid_until', '<', sql<Date>`${today}::date`),
        eb(sql`greatest(updated_at, last_confirmed_at)`, '<', untouchedSince),
      ]),
    )
    .execute();
  let flagged = 0;
  for (const entry of toFlag) {
    await services.db.transaction().execute(async (trx) => {
      const claimed = await trx
        .updateTable('catalogue_entries')
        .set({ stale_notified_at: now })
        .where('id', '=', entry.id)
        .where('stale_notified_at', 'is', null)
        .executeTakeFirst();
      if (Number(claimed.numUpdatedRows) === 0) return;
      flagged += 1;
      await recordChange(trx, {
        entryId: entry.id,
        organisationId: entry.organisation_id,
        actorUserId: null,
        action: 'stale_flagged',
      });
      const validUntil = calendarDay(entry.valid_until);
      const expired = validUntil !== null && validUntil < today;
      await mailEntryManagers(services, trx, entry, (i18n, recipient) => {
        const values = {
          title: entry.title,
          name: recipient.name,
          link: editLink(services, recipient.lang, entry.id),
          days: STALE_GRACE_DAYS,
          months: STALE_AFTER_MONTHS,
        };
        return {
          subject: i18n.t('catalogue_entries.mail.stale.subject', values),
          text: i18n.t(
            expired ? 'catalogue_entries.mail.stale.body_expired' : 'catalogue_entries.mail.stale.body_untouched',
            values,
          ),
        };
      });
    });
  }

  const graceEnded = new Date(now.getTime() - days(STALE_GRACE_DAYS));
  const toHide = await services.db
    .selectFrom('catalogue_entries')
    .select(['id', 'organisation_id'])
    .where('status', '=', 'published')
    .where('hidden_at', 'is', null)
    .where('stale_notified_at', '<=', graceEnded)
    .execute();
  for (const entry of toHide) {
    await services.db.transaction().execute(async (trx) => {
      await trx.updateTable('catalogue_entries').set({ hidden_at: now }).where('id', '=', entry.id).execute();
      await recordChange(trx, {
        entryId: entry.id,
        organisationId: entry.organisation_id,
        actorUserId: null,
        action: 'hidden',
      });
    });
  }
  return { flagged, hidden: toHide.length };
}
