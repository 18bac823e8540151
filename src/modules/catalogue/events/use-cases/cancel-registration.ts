import type { UserActor } from '../../../../core/auth/actor.js';
import { AppError } from '../../../../core/errors.js';
import type { AppServices } from '../../../../core/http/types.js';
import { findActiveRegistration, lockEvent } from '../registrations.js';
import { fillFreePlaces } from './fill-free-places.js';

/**
 * The participant cancels their registration or leaves the waiting list. A freed place goes
 * to the first person waiting, who is told by mail, in the same transaction.
 */
export async function cancelRegistration(options: {
  services: AppServices;
  actor: UserActor;
  eventId: string;
  now?: Date;
}): Promise<void> {
  const { services, actor, eventId } = options;
  const now = options.now ?? new Date();
  await services.db.transaction().execute(async (trx) => {
    const event = await lockEvent(trx, eventId);
    const registration = event ? await findActiveRegistration(trx, eventId, actor.userId) : undefined;
    if (!event || !registration)
      throw new AppError('not_found', { messageKey: 'catalogue_events.errors.not_registered' });
    if (event.startsAt && event.startsAt.getTime() <= now.getTime())
      throw new AppError('conflict', { messageKey: 'catalogue_events.errors.cancel_started' });
    await trx
      .updateTable('event_registrations')
      .set({ status: 'cancelled', updated_at: now })
      .where('id', '=', registration.id)
      .execute();
    if (registration.status === 'registered') {
      await fillFreePlaces({ trx, event, mailing: { queue: services.queue, baseUrl: services.config.baseUrl }, now });
    }
  });
}
