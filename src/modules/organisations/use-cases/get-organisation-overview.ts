import type { UserActor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/policy.js';
import type { AppServices } from '../../../core/http/types.js';
import { AppError } from '../../../core/errors.js';
import { organisationsPolicy } from '../policy.js';
import { presentOrganisationOverview, type OrganisationOverview } from '../present.js';

/** The actor's own organisation with members and open invitations, shaped for what the actor may see. */
export async function getOrganisationOverview(options: {
  services: AppServices;
  actor: UserActor;
}): Promise<OrganisationOverview> {
  const { services, actor } = options;
  if (!actor.organisation) throw new AppError('not_found');
  const organisation = await services.db
    .selectFrom('organisations')
    .selectAll()
    .where('id', '=', actor.organisation.id)
    .executeTakeFirstOrThrow();
  authorize(actor, organisationsPolicy, 'view', { id: organisation.id, verified: organisation.verified_at !== null });
  const members = await services.db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.display_name', 'u.email', 'm.role', 'm.created_at'])
    .where('m.organisation_id', '=', organisation.id)
    .orderBy('u.display_name')
    .execute();
  const invitations = await services.db
    .selectFrom('invitations')
    .select(['email', 'role', 'expires_at'])
    .where('organisation_id', '=', organisation.id)
    .where('accepted_at', 'is', null)
    .where('expires_at', '>', new Date())
    .orderBy('created_at', 'desc')
    .execute();
  return presentOrganisationOverview({
    organisation,
    members,
    invitations,
    viewerIsAdmin: actor.organisation.role === 'admin',
  });
}
