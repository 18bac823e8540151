import type { Kysely } from 'kysely';
import type { Database } from '../../../../core/db/database.js';
import { mailRegistration, type RegistrationMailing } from '../registration-mail.js';
import { countByStatus, firstWaitlisted, type EventRow } from '../registrations.js';

export type PromotionMailing = RegistrationMailing;

/**
 * Moves people up from the waiting list while places are free, in the order they signed up,
 * and writes each of them a mail in their own language. Runs inside the caller's transaction,
 * with the event row locked, so the mail exists exactly when the place is theirs.
 */
export async function fillFreePlaces(options: {
  trx: Kysely<Database>;
  event: EventRow;
  mailing: PromotionMailing;
  now?: Date;
}): Promise<string[]> {
  const { trx, event, mailing } = options;
  const { registered } = await countByStatus(trx, event.id);
  const free = event.capacity === null ? Number.MAX_SAFE_INTEGER : event.capacity - registered;
  if (free <= 0) return [];
  const promoted = await firstWaitlisted(trx, event.id, Math.min(free, 10_000));
  if (promoted.length === 0) return [];
  await trx
    .updateTable('event_registrations')
    .set({ status: 'registered', updated_at: options.now ?? new Date() })
    .where(
      'id',
      'in',
      promoted.map((p) => p.id),
    )
    .execute();
  for (const person of promoted) {
    await mailRegistration({
      trx,
      mailing,
      event,
      person: { email: person.email, locale: person.locale, name: person.display_name },
      news: { kind: 'promoted' },
    });
  }
  return promoted.map((p) => p.user_id);
}
