import type { UserActor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/policy.js';
import type { AppServices } from '../../../core/http/types.js';
import { checklistsPolicy } from '../policy.js';
import { loadAssessment } from '../records.js';
import type { ActionInput } from '../schemas.js';

/** Adds a measure to the action plan of an assessment: what, who, by when. */
export async function addAction(options: {
  services: AppServices;
  actor: UserActor;
  assessmentId: string;
  input: ActionInput;
}): Promise<void> {
  const { services, actor, input } = options;
  const assessment = await loadAssessment(services.db, options.assessmentId);
  authorize(actor, checklistsPolicy, 'work_on', { organisationId: assessment.organisation_id }, { code: 'not_found' });
  await services.db
    .insertInto('checklist_actions')
    .values({
      organisation_id: assessment.organisation_id,
      assessment_id: assessment.id,
      dimension: input.dimension,
      measure: input.measure,
      owner: input.owner,
      due_on: input.due_on,
    })
    .execute();
}
