import type { UserActor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/policy.js';
import { recordAudit } from '../../../core/audit/record-audit.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import { checklistsPolicy } from '../policy.js';

/** Deletes a questionnaire version no assessment uses; a version in use stays, so every result can name its version. */
export async function deleteQuestionnaire(options: {
  services: AppServices;
  actor: UserActor;
  questionnaireId: string;
  ip: string | null;
}): Promise<void> {
  const { services, actor } = options;
  authorize(actor, checklistsPolicy, 'manage_questionnaires', undefined);
  await services.db.transaction().execute(async (trx) => {
    const used = await trx
      .selectFrom('checklist_assessments')
      .select('id')
      .where('questionnaire_id', '=', options.questionnaireId)
      .limit(1)
      .executeTakeFirst();
    if (used) throw new AppError('conflict', { messageKey: 'checklists_admin.errors.in_use' });
    const deleted = await trx
      .deleteFrom('checklist_questionnaires')
      .where('id', '=', options.questionnaireId)
      .returning(['audience', 'version'])
      .executeTakeFirst();
    if (!deleted) throw new AppError('not_found');
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'checklists.questionnaire_deleted',
      subjectType: 'checklist_questionnaire',
      subjectId: options.questionnaireId,
      ip: options.ip,
      details: { audience: deleted.audience, version: deleted.version },
    });
  });
}
