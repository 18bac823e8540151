import type { UserActor } from '../../../../core/auth/actor.js';
import { authorize } from '../../../../core/auth/policy.js';
import { AppError } from '../../../../core/errors.js';
import type { AppServices } from '../../../../core/http/types.js';
import { canOnEntry } from '../../policy.js';
import { mailRegistration } from '../registration-mail.js';
import { eventsPolicy } from '../policy.js';
import {
  closedReason,
  countByStatus,
  findActiveRegistration,
  lockEvent,
  waitlistPosition,
  type ActiveStatus,
} from '../registrations.js';

export interface RegistrationResult {
  status: ActiveStatus;
  /** Place on the waiting list (1 = next), or null when registered. */
  position: number | null;
}

/**
 * Registers the signed-in person for an event, or puts them on the waiting list when every
 * place is taken, and mails them what happened (a place comes with the event's calendar file). The event row stays locked until commit, so the count of taken places
 * cannot change between counting and inserting.
 */
export async function registerForEvent(options: {
  services: AppServices;
  actor: UserActor;
  eventId: string;
  now?: Date;
}): Promise<RegistrationResult> {
  const { services, actor, eventId } = options;
  const now = options.now ?? new Date();
  authorize(actor, eventsPolicy, 'register', undefined);
  return services.db.transaction().execute(async (trx) => {
    const event = await lockEvent(trx, eventId);
    // Someone who may not see the event learns nothing about it, not even that it exists.
    if (
      !event ||
      !canOnEntry(actor, 'view', {
        organisationId: event.organisationId,
        status: event.status,
        isHidden: event.isHidden,
        cities: event.cities,
      })
    )
      throw new AppError('not_found');
    const reason = closedReason(event, now);
    if (reason) throw new AppError('conflict', { messageKey: `catalogue_events.errors.closed_${reason}` });
    const existing = await findActiveRegistration(trx, eventId, actor.userId);
    if (existing)
      throw new AppError('conflict', {
        messageKey:
          existing.status === 'waitlisted'
            ? 'catalogue_events.errors.already_waitlisted'
            : 'catalogue_events.errors.already_registered',
      });
    const { registered } = await countByStatus(trx, eventId);
    const status: ActiveStatus = event.capacity !== null && registered >= event.capacity ? 'waitlisted' : 'registered';
    const inserted = await trx
      .insertInto('event_registrations')
      .values({ entry_id: eventId, user_id: actor.userId, status, created_at: now, updated_at: now })
      .returning(['id', 'created_at'])
      .executeTakeFirstOrThrow();
    const position = status === 'waitlisted' ? await waitlistPosition(trx, eventId, inserted) : null;
    await mailRegistration({
      trx,
      mailing: { queue: services.queue, baseUrl: services.config.baseUrl },
      event,
      person: { email: actor.email, locale: actor.locale, name: actor.displayName },
      news: position === null ? { kind: 'registered' } : { kind: 'waitlisted', position },
    });
    return { status, position };
  });
}
