import type { UserActor } from '../../../../core/auth/actor.js';
import type { AppServices } from '../../../../core/http/types.js';
import type { MyApplicationSummary } from '../present.js';

/** The signed-in applicant's own applications, newest first. */
export async function listMyApplications(options: {
  services: AppServices;
  actor: UserActor;
}): Promise<MyApplicationSummary[]> {
  const rows = await options.services.db
    .selectFrom('applications as a')
    .innerJoin('applicant_profiles as p', 'p.id', 'a.profile_id')
    .innerJoin('organisations as o', 'o.id', 'a.organisation_id')
    .select([
      'a.id',
      'a.position_title',
      'o.name as organisation_name',
      'a.pseudonym',
      'a.status',
      'a.created_at',
      'a.updated_at',
    ])
    .where('p.user_id', '=', options.actor.userId)
    .orderBy('a.created_at', 'desc')
    .orderBy('a.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    positionTitle: r.position_title,
    organisationName: r.organisation_name,
    pseudonym: r.pseudonym,
    status: r.status,
    submittedAt: r.created_at,
    updatedAt: r.updated_at,
  }));
}
