import type { UserActor } from '../../../../core/auth/actor.js';
import { AppError } from '../../../../core/errors.js';
import type { AppServices } from '../../../../core/http/types.js';
import { authoriseEntry } from '../authorise.js';
import { berlinDay } from '../../../../core/time/calendar-day.js';
import { calendarDay } from '../dates.js';
import { loadEntry, recordChange } from '../entry-records.js';

/**
 * "Still current": the owner confirms a flagged (or hidden) entry, which clears the flag and shows
 * it again. An entry past its validity must get a new period instead: confirming would not help.
 */
export async function confirmEntry(options: {
  services: AppServices;
  actor: UserActor;
  entryId: string;
  ip: string;
  now?: Date;
}): Promise<void> {
  const { services, actor } = options;
  const now = options.now ?? new Date();
  await services.db.transaction().execute(async (trx) => {
    const entry = await loadEntry(trx, options.entryId, { forUpdate: true });
    authoriseEntry(actor, 'edit', entry);
    const validUntil = calendarDay(entry.valid_until);
    if (validUntil !== null && validUntil < berlinDay(now)) {
      throw new AppError('conflict', {
        messageKey: 'catalogue_entries.stale.expired_needs_edit',
        fields: { _form: { key: 'catalogue_entries.stale.expired_needs_edit' } },
      });
    }
    await trx
      .updateTable('catalogue_entries')
      .set({ last_confirmed_at: now, stale_notified_at: null, hidden_at: null })
      .where('id', '=', entry.id)
      .execute();
    await recordChange(trx, {
      entryId: entry.id,
      organisationId: entry.organisation_id,
      actorUserId: actor.userId,
      action: 'confirmed',
      ip: options.ip,
    });
  });
}
