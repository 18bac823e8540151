import type { UserActor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/policy.js';
import { recordAudit } from '../../../core/audit/record-audit.js';
import type { AppServices } from '../../../core/http/types.js';
import { checklistsPolicy } from '../policy.js';
import { parseQuestionnaireJson, type ImportProblem } from '../questionnaires/index.js';

/**
 * Imports a questionnaire file as a new version. Nothing is stored unless the whole file is right: a broken
 * file gets the list of its problems. A version number must be above every stored one of its audience, so
 * past answers keep the version they were given to.
 */
export async function importQuestionnaire(options: {
  services: AppServices;
  actor: UserActor;
  json: string;
  ip: string | null;
}): Promise<{ ok: true; audience: string; version: number } | { ok: false; problems: ImportProblem[] }> {
  const { services, actor } = options;
  authorize(actor, checklistsPolicy, 'manage_questionnaires', undefined);
  const parsed = parseQuestionnaireJson(options.json);
  if (!parsed.ok) return parsed;
  const { questionnaire } = parsed;
  return services.db.transaction().execute(async (trx) => {
    const newest = await trx
      .selectFrom('checklist_questionnaires')
      .select((eb) => eb.fn.max('version').as('version'))
      .where('audience', '=', questionnaire.audience)
      .executeTakeFirst();
    const highest = newest?.version ?? 0;
    if (questionnaire.version <= highest)
      return {
        ok: false as const,
        problems: [{ path: 'version', messageKey: 'checklists_admin.problem.version_taken', detail: String(highest) }],
      };
    await trx
      .insertInto('checklist_questionnaires')
      .values({
        audience: questionnaire.audience,
        version: questionnaire.version,
        definition: JSON.stringify(questionnaire),
        created_by: actor.userId,
      })
      .execute();
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'checklists.questionnaire_imported',
      subjectType: 'checklist_questionnaire',
      ip: options.ip,
      details: { audience: questionnaire.audience, version: questionnaire.version },
    });
    return { ok: true as const, audience: questionnaire.audience, version: questionnaire.version };
  });
}
