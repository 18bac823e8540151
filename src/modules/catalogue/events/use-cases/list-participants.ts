import type { UserActor } from '../../../../core/auth/actor.js';
import { authorize } from '../../../../core/auth/policy.js';
import { recordAudit } from '../../../../core/audit/record-audit.js';
import { AppError } from '../../../../core/errors.js';
import type { AppServices } from '../../../../core/http/types.js';
import { eventsPolicy } from '../policy.js';
import { presentParticipants, type ParticipantListView } from '../present.js';
import { findEvent } from '../registrations.js';

/** The organiser's list of participants and waiting list; every look at it is written to the audit trail. */
export async function listParticipants(options: {
  services: AppServices;
  actor: UserActor;
  eventId: string;
  ip: string;
}): Promise<ParticipantListView> {
  const { services, actor, eventId } = options;
  const event = await findEvent(services.db, eventId);
  if (!event) throw new AppError('not_found');
  authorize(actor, eventsPolicy, 'see_participants', event);
  const rows = await services.db
    .selectFrom('event_registrations as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select(['r.status', 'u.display_name', 'u.email', 'r.created_at'])
    .where('r.entry_id', '=', eventId)
    .where('r.status', '<>', 'cancelled')
    .orderBy('r.created_at')
    .orderBy('r.id')
    .execute();
  await recordAudit(services.db, {
    actorUserId: actor.userId,
    action: 'event.participants_viewed',
    subjectType: 'catalogue_entry',
    subjectId: eventId,
    organisationId: event.organisationId,
    ip: options.ip,
    details: { participants: rows.length },
  });
  return presentParticipants(
    { id: event.id, title: event.title, startsAt: event.startsAt, capacity: event.capacity },
    rows,
  );
}
