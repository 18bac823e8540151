import type { UserActor } from '../../../core/auth/actor.js';
import { recordAudit } from '../../../core/audit/record-audit.js';
import { authorize } from '../../../core/auth/policy.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import { listPublishedProjects } from '../../catalogue/index.js';
import { monitoringPolicy } from '../policy.js';

/**
 * Links a published project of the transparency hub to an initiative of the work programme, so the
 * programme shows what is being done for it. The link lives in monitoring's own table; linking the
 * same project twice changes nothing.
 */
export async function linkProject(options: {
  services: AppServices;
  actor: UserActor;
  initiativeId: string;
  projectId: string;
  ip?: string;
}): Promise<void> {
  const { services, actor, initiativeId, projectId } = options;
  authorize(actor, monitoringPolicy, 'manage_work_programme', undefined);
  const initiative = await services.db
    .selectFrom('monitoring_initiatives')
    .select('id')
    .where('id', '=', initiativeId)
    .executeTakeFirst();
  if (!initiative) throw new AppError('not_found');
  const projects = await listPublishedProjects(services.db);
  if (!projects.some((project) => project.id === projectId))
    throw new AppError('invalid_input', { fields: { project: { key: 'validation.choose_option' } } });
  await services.db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('monitoring_project_links')
      .select('id')
      .where('catalogue_entry_id', '=', projectId)
      .where('initiative_id', '=', initiativeId)
      .executeTakeFirst();
    if (existing) return;
    await trx
      .insertInto('monitoring_project_links')
      .values({ catalogue_entry_id: projectId, initiative_id: initiativeId })
      .execute();
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'monitoring.project_linked',
      subjectType: 'monitoring_initiative',
      subjectId: initiativeId,
      organisationId: actor.organisation?.id ?? null,
      ip: options.ip ?? null,
      details: { project: projectId },
    });
  });
}
