import type { UserActor } from '../../../core/auth/actor.js';
import { recordAudit } from '../../../core/audit/record-audit.js';
import { authorize } from '../../../core/auth/policy.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import type { LocaleCode } from '../../../core/i18n/locales.js';
import { trainingPolicy } from '../policy.js';
import type { StepTextInput } from '../schemas.js';
import type { TrainingStepText } from '../tables.js';

/** A step with its texts in one language, for the office's edit form (null where not translated yet). */
export async function getStepText(options: {
  services: Pick<AppServices, 'db'>;
  actor: UserActor;
  stepId: string;
  lang: LocaleCode;
}): Promise<{
  step: { id: string; position: number; reviewedAt: Date };
  german: TrainingStepText;
  text: TrainingStepText | null;
}> {
  const { services, actor } = options;
  authorize(actor, trainingPolicy, 'maintain', undefined);
  const step = await services.db
    .selectFrom('training_steps')
    .select(['id', 'position', 'reviewed_at'])
    .where('id', '=', options.stepId)
    .executeTakeFirst();
  if (!step) throw new AppError('not_found');
  const texts = await services.db
    .selectFrom('training_step_texts')
    .selectAll()
    .where('step_id', '=', step.id)
    .where('lang', 'in', ['de', options.lang])
    .execute();
  const german = texts.find((row) => row.lang === 'de');
  if (!german) throw new AppError('not_found');
  return {
    step: { id: step.id, position: step.position, reviewedAt: step.reviewed_at },
    german,
    text: texts.find((row) => row.lang === options.lang) ?? null,
  };
}

/**
 * The office saves a step's texts in one language; saving is the review, so the step's review date becomes
 * today. All four texts empty in a language other than German removes that translation.
 */
export async function saveStepText(options: {
  services: Pick<AppServices, 'db'>;
  actor: UserActor;
  stepId: string;
  lang: LocaleCode;
  input: StepTextInput;
  ip: string | null;
  now?: Date;
}): Promise<void> {
  const { services, actor, stepId, lang, input } = options;
  authorize(actor, trainingPolicy, 'maintain', undefined);
  const now = options.now ?? new Date();
  await services.db.transaction().execute(async (trx) => {
    const step = await trx
      .selectFrom('training_steps')
      .select('id')
      .where('id', '=', stepId)
      .forUpdate()
      .executeTakeFirst();
    if (!step) throw new AppError('not_found');
    const { title, needs, helpers, body } = input;
    if (title === null || needs === null || helpers === null || body === null) {
      await trx
        .deleteFrom('training_step_texts')
        .where('step_id', '=', stepId)
        .where('lang', '=', lang)
        .where('lang', '<>', 'de')
        .execute();
    } else {
      await trx
        .insertInto('training_step_texts')
        .values({ step_id: stepId, lang, title, needs, helpers, body, updated_at: now })
        .onConflict((conflict) =>
          conflict.columns(['step_id', 'lang']).doUpdateSet({ title, needs, helpers, body, updated_at: now }),
        )
        .execute();
    }
    await trx
      .updateTable('training_steps')
      .set({ reviewed_at: now, reviewed_by: actor.userId })
      .where('id', '=', stepId)
      .execute();
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'training.step_saved',
      subjectType: 'training_step',
      subjectId: stepId,
      ip: options.ip,
      details: { lang },
    });
  });
}
