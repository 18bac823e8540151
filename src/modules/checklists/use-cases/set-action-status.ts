import type { UserActor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/policy.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import { checklistsPolicy } from '../policy.js';
import type { ActionStatus } from '../tables.js';

/** Moves a measure of the action plan on (open → in progress → done, or back). Returns its assessment. */
export async function setActionStatus(options: {
  services: AppServices;
  actor: UserActor;
  actionId: string;
  status: ActionStatus;
}): Promise<{ assessmentId: string }> {
  const { services, actor } = options;
  const action = await services.db
    .selectFrom('checklist_actions')
    .select(['id', 'organisation_id', 'assessment_id'])
    .where('id', '=', options.actionId)
    .executeTakeFirst();
  if (!action) throw new AppError('not_found');
  authorize(actor, checklistsPolicy, 'work_on', { organisationId: action.organisation_id }, { code: 'not_found' });
  await services.db
    .updateTable('checklist_actions')
    .set({ status: options.status })
    .where('id', '=', action.id)
    .execute();
  return { assessmentId: action.assessment_id };
}
