import type { UserActor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/policy.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import { berlinDay } from '../../../core/time/calendar-day.js';
import { checklistsPolicy } from '../policy.js';
import { loadAssessment } from '../records.js';

/** Sets the day the organisation means to assess itself again (after today). */
export async function setReassessment(options: {
  services: AppServices;
  actor: UserActor;
  assessmentId: string;
  day: string;
  now?: Date;
}): Promise<void> {
  const { services, actor } = options;
  const assessment = await loadAssessment(services.db, options.assessmentId);
  authorize(actor, checklistsPolicy, 'work_on', { organisationId: assessment.organisation_id }, { code: 'not_found' });
  if (options.day <= berlinDay(options.now ?? new Date()))
    throw new AppError('invalid_input', { fields: { reassess_on: { key: 'checklists.validation.future_date' } } });
  await services.db
    .updateTable('checklist_assessments')
    .set({ reassess_on: options.day, updated_at: new Date() })
    .where('id', '=', assessment.id)
    .execute();
}
