import type { Actor } from '../../../core/auth/actor.js';
import { allows, definePolicy } from '../../../core/auth/policy.js';

/**
 * Who may do what around event registrations. The list of participants holds names and
 * e-mail addresses, so only the organiser — any member of the organisation that owns the
 * event — sees it; not the cooperation office, not other organisations, not participants.
 */
export interface EventRef {
  organisationId: string;
}

export const eventsPolicy = definePolicy({
  see_participants: (actor, event: EventRef) =>
    actor.kind === 'user' && actor.organisation !== null && actor.organisation.id === event.organisationId,
  /** Anyone signed in may register; whether the event is open is a rule of the event, not of the person. */
  register: (actor) => actor.kind === 'user',
});

export function canSeeParticipants(actor: Actor, event: EventRef): boolean {
  return allows(actor, eventsPolicy, 'see_participants', event);
}

export function canRegister(actor: Actor): boolean {
  return allows(actor, eventsPolicy, 'register');
}
