import type { Actor, UserActor } from '../../core/auth/actor.js';
import { allows, definePolicy } from '../../core/auth/policy.js';
import type { Area } from './areas.js';

/**
 * Who may do what in monitoring. The public dashboard, the indicator catalogue, the work programme
 * and the open data are for everybody. The coordination office (a verified cooperation office) keeps
 * the data: imports, rollbacks, targets and the work programme. A city's office (a verified
 * municipality) sees the internal dashboard and corrects the values of its own city, nothing else.
 */
const isUser = (actor: Actor): actor is UserActor => actor.kind === 'user';
export const isCoordinator = (actor: Actor): boolean =>
  isUser(actor) && actor.organisation?.type === 'cooperation_office' && actor.organisation.isVerified;
export const isCityOffice = (actor: Actor): boolean =>
  isUser(actor) &&
  actor.organisation?.type === 'municipality' &&
  actor.organisation.isVerified &&
  actor.organisation.city !== null;

export interface ValueRef {
  area: Area;
}

export const monitoringPolicy = definePolicy({
  view_internal: (actor) => isCoordinator(actor) || isCityOffice(actor),
  manage_data: (actor) => isCoordinator(actor),
  manage_work_programme: (actor) => isCoordinator(actor),
  correct_value: (actor, value: ValueRef) =>
    isCoordinator(actor) || (isCityOffice(actor) && isUser(actor) && actor.organisation?.city === value.area),
});

export function canViewInternal(actor: Actor): boolean {
  return allows(actor, monitoringPolicy, 'view_internal');
}
export function canManageData(actor: Actor): boolean {
  return allows(actor, monitoringPolicy, 'manage_data');
}
