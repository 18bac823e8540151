import type { Actor } from '../../../../core/auth/actor.js';
import type { AppServices } from '../../../../core/http/types.js';
import { canSeeParticipants } from '../policy.js';
import type { EventRegistrationView } from '../present.js';
import { closedReason, countByStatus, findActiveRegistration, findEvent, waitlistPosition } from '../registrations.js';

/**
 * Everything the registration box on an event's page needs, for whoever is looking.
 * Returns null for entries that are not events. The caller has already decided the viewer may see the event.
 */
export async function getEventRegistration(options: {
  services: AppServices;
  actor: Actor;
  eventId: string;
  now?: Date;
}): Promise<EventRegistrationView | null> {
  const { services, actor, eventId } = options;
  // Asked at once (each waits for a pooled connection under load); the counts are dropped for a non-event.
  const [event, counts, own] = await Promise.all([
    findEvent(services.db, eventId),
    countByStatus(services.db, eventId),
    actor.kind === 'user' ? findActiveRegistration(services.db, eventId, actor.userId) : undefined,
  ]);
  if (!event) return null;
  return {
    eventId,
    capacity: event.capacity,
    registeredCount: counts.registered,
    waitlistCount: counts.waitlisted,
    freePlaces: event.capacity === null ? null : Math.max(0, event.capacity - counts.registered),
    closedReason: closedReason(event, options.now ?? new Date()),
    isSignedIn: actor.kind === 'user',
    viewerStatus: own ? (own.status === 'waitlisted' ? 'waitlisted' : 'registered') : null,
    viewerPosition: own?.status === 'waitlisted' ? await waitlistPosition(services.db, eventId, own) : null,
    viewerIsOrganiser: canSeeParticipants(actor, event),
  };
}
