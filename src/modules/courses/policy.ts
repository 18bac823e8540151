import type { Actor, UserActor } from '../../core/auth/actor.js';
import { allows, definePolicy, type Rule } from '../../core/auth/policy.js';

/**
 * Who may do what with the course. Reading the overview and the lessons is open to everybody (knowledge the
 * cooperation wants to spread); taking the course with saved progress and a certificate needs an account that
 * belongs to an organisation, because the certificate names it and the organisation's figure counts it.
 */
const isUser = (actor: Actor): actor is UserActor => actor.kind === 'user';

/** Whose progress or certificate it is, as the rules see it. */
export interface OwnerRef {
  userId: string;
}

export const coursesPolicy = definePolicy({
  /** Take the course: answer quizzes, keep progress, receive the certificate. */
  take: (actor) => isUser(actor) && actor.organisation !== null,
  /** The own progress and certificate: only the person. */
  own: (actor, subject: OwnerRef) => isUser(actor) && actor.userId === subject.userId,
  /** How many of an organisation's members completed the course: its admins. */
  see_figures: (actor, organisation: { organisationId: string }) =>
    isUser(actor) && actor.organisation?.id === organisation.organisationId && actor.organisation.role === 'admin',
  /** Edit lessons and quizzes, publish a new version, revoke certificates: the cooperation office's platform admins. */
  edit: (actor) => isUser(actor) && actor.isPlatformAdmin,
  revoke: (actor) => isUser(actor) && actor.isPlatformAdmin,
} satisfies Record<string, Rule>);

export function canTakeCourse(actor: Actor): boolean {
  return allows(actor, coursesPolicy, 'take');
}
export function canEditCourse(actor: Actor): boolean {
  return allows(actor, coursesPolicy, 'edit');
}
export function canSeeOwnFigures(actor: Actor): boolean {
  return (
    isUser(actor) &&
    actor.organisation !== null &&
    allows(actor, coursesPolicy, 'see_figures', { organisationId: actor.organisation.id })
  );
}
