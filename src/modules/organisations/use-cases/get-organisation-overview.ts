import type { UserActor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/policy.js';
import type { AppServices } from '../../../core/http/types.js';
import { AppError } from '../../../core/errors.js';
import { organisationsPolicy } from '../policy.js';
import { presentOrganisationOverview, type OrganisationOverview } from '../present.js';
import { pageWindow } from '../../../core/paging.js';

/** Members on one page of the organisation page. */
export const MEMBERS_PER_PAGE = 25;

/** The actor's own organisation with one page of members and the open invitations, shaped for what the actor may see. */
export async function getOrganisationOverview(options: {
  services: AppServices;
  actor: UserActor;
  /** 1-based page of the member list; a page past the end shows the last one. */
  memberPage?: number;
  membersPerPage?: number;
}): Promise<OrganisationOverview> {
  const { services, actor } = options;
  if (!actor.organisation) throw new AppError('not_found');
  const organisation = await services.db
    .selectFrom('organisations')
    .selectAll()
    .where('id', '=', actor.organisation.id)
    .executeTakeFirstOrThrow();
  authorize(actor, organisationsPolicy, 'view', { id: organisation.id, verified: organisation.verified_at !== null });
  const memberships = services.db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .where('m.organisation_id', '=', organisation.id);
  const [{ total } = { total: 0 }] = await memberships.select((eb) => eb.fn.countAll<string>().as('total')).execute();
  const memberPages = pageWindow(options.memberPage ?? 1, Number(total), options.membersPerPage ?? MEMBERS_PER_PAGE);
  const members = await memberships
    .select(['u.id', 'u.display_name', 'u.email', 'm.role', 'm.created_at'])
    .orderBy('u.display_name')
    .orderBy('u.id')
    .limit(memberPages.perPage)
    .offset(memberPages.offset)
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
    memberPages,
    viewerIsAdmin: actor.organisation.role === 'admin',
  });
}
