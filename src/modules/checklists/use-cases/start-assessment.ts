import type { UserActor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/policy.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import { checklistsPolicy } from '../policy.js';
import { currentQuestionnaire } from '../questionnaires/index.js';
import type { StartAssessmentInput } from '../schemas.js';

/**
 * Starts a self-assessment with the newest questionnaire version for the chosen audience. An organisation
 * keeps one assessment in progress per audience: starting again continues that one.
 */
export async function startAssessment(options: {
  services: AppServices;
  actor: UserActor;
  input: StartAssessmentInput;
}): Promise<{ id: string; isNew: boolean }> {
  const { services, actor, input } = options;
  authorize(actor, checklistsPolicy, 'assess', input.audience, {
    help: { reasonKey: 'checklists.refusal.audience' },
  });
  const organisationId = actor.organisation?.id;
  if (!organisationId) throw new AppError('forbidden');
  const questionnaire = await currentQuestionnaire(services.db, input.audience);
  return services.db.transaction().execute(async (trx) => {
    const open = await trx
      .selectFrom('checklist_assessments')
      .select('id')
      .where('organisation_id', '=', organisationId)
      .where('audience', '=', input.audience)
      .where('status', '=', 'in_progress')
      .forUpdate()
      .executeTakeFirst();
    if (open) return { id: open.id, isNew: false };
    const created = await trx
      .insertInto('checklist_assessments')
      .values({
        organisation_id: organisationId,
        questionnaire_id: questionnaire.id,
        audience: input.audience,
        size_band: input.size_band,
        sector: input.sector,
        started_by: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { id: created.id, isNew: true };
  });
}
