import type { UserActor } from '../../../../core/auth/actor.js';
import { authorize } from '../../../../core/auth/policy.js';
import type { AppServices } from '../../../../core/http/types.js';
import { appliedAtSql, invitationState, type InvitationState } from '../invitations.js';
import { talentsPolicy } from '../policy.js';
import { isTakingApplications } from './talent-target.js';

/** An invitation as its applicant sees it: which position, which company, until when, and where it stands. */
export interface MyInvitation {
  id: string;
  positionId: string;
  positionTitle: string;
  organisationName: string;
  invitedAt: Date;
  expiresAt: Date;
  state: InvitationState;
  /** Open, and the position still takes applications: the applicant can apply or decline. */
  canAnswer: boolean;
}

/** The applicant's invitations to apply, open ones first, newest first within each group. */
export async function listMyInvitations(options: {
  services: AppServices;
  actor: UserActor;
  now?: Date;
}): Promise<MyInvitation[]> {
  const { services, actor } = options;
  const now = options.now ?? new Date();
  authorize(actor, talentsPolicy, 'see_my_invitations', undefined);
  const rows = await services.db
    .selectFrom('talent_invitations as i')
    .innerJoin('applicant_profiles as p', 'p.id', 'i.profile_id')
    .innerJoin('positions as pos', 'pos.id', 'i.position_id')
    .innerJoin('organisations as o', 'o.id', 'i.organisation_id')
    .select([
      'i.id',
      'i.status',
      'i.created_at',
      'i.expires_at',
      'pos.id as position_id',
      'pos.title',
      'pos.status as position_status',
      'pos.deadline',
      'o.name as organisation_name',
      appliedAtSql().as('applied_at'),
    ])
    .where('p.user_id', '=', actor.userId)
    .orderBy('i.created_at', 'desc')
    .orderBy('i.id')
    .execute();
  const invitations = rows.map((row): MyInvitation => {
    const state = invitationState({ status: row.status, expiresAt: row.expires_at, appliedAt: row.applied_at }, now);
    return {
      id: row.id,
      positionId: row.position_id,
      positionTitle: row.title,
      organisationName: row.organisation_name,
      invitedAt: row.created_at,
      expiresAt: row.expires_at,
      state,
      canAnswer: state === 'open' && isTakingApplications({ status: row.position_status, deadline: row.deadline }, now),
    };
  });
  return [...invitations.filter((i) => i.canAnswer), ...invitations.filter((i) => !i.canAnswer)];
}
