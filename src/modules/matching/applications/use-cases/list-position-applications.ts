import type { UserActor } from '../../../../core/auth/actor.js';
import { AppError } from '../../../../core/errors.js';
import type { AppServices } from '../../../../core/http/types.js';
import { canSeePositionApplications } from '../policy.js';
import { presentSummaryForCompany, type CompanyApplicationSummary } from '../present.js';
import { findApplication } from '../records.js';

export interface PositionApplicationsView {
  position: { id: string; title: string; status: string };
  applications: CompanyApplicationSummary[];
}

/** The company's list of applications for one of its positions, newest first, under pseudonyms. */
export async function listPositionApplications(options: {
  services: AppServices;
  actor: UserActor;
  positionId: string;
}): Promise<PositionApplicationsView> {
  const { services, actor } = options;
  const position = await services.db
    .selectFrom('positions')
    .select(['id', 'title', 'status', 'organisation_id'])
    .where('id', '=', options.positionId)
    .executeTakeFirst();
  if (!position || !canSeePositionApplications(actor, { organisationId: position.organisation_id }))
    throw new AppError('not_found');
  const ids = await services.db
    .selectFrom('applications')
    .select('id')
    .where('position_id', '=', position.id)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  const applications = [];
  for (const { id } of ids) {
    const application = await findApplication(services.db, id);
    if (application) applications.push(presentSummaryForCompany(application));
  }
  return { position: { id: position.id, title: position.title, status: position.status }, applications };
}
