import type { UserActor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/policy.js';
import type { AppServices } from '../../../core/http/types.js';
import type { LocaleCode } from '../../../core/i18n/locales.js';
import { trainingPolicy } from '../policy.js';
import { isReviewDue, loadSteps, type StepView } from '../records.js';
import type { TrainingContact } from '../tables.js';

export interface MaintainedStep extends StepView {
  reviewDue: boolean;
  /** The languages the step has texts in (German always). */
  languages: LocaleCode[];
}

/** The office's maintenance page: every step with its review state and languages, and every contact. */
export async function listMaintenance(options: {
  services: Pick<AppServices, 'db'>;
  actor: UserActor;
  lang: LocaleCode;
  now?: Date;
}): Promise<{ steps: MaintainedStep[]; contacts: (TrainingContact & { reviewDue: boolean })[] }> {
  const { services, actor } = options;
  authorize(actor, trainingPolicy, 'maintain', undefined);
  const now = options.now ?? new Date();
  const texts = await services.db.selectFrom('training_step_texts').select(['step_id', 'lang']).execute();
  const steps = (await loadSteps(services.db, options.lang)).map((step) => ({
    ...step,
    reviewDue: isReviewDue(step.reviewedAt, now),
    languages: texts.filter((row) => row.step_id === step.id).map((row) => row.lang),
  }));
  const contacts = await services.db
    .selectFrom('training_contacts')
    .selectAll()
    .orderBy('kind')
    .orderBy('chamber')
    .orderBy('city')
    .orderBy('name')
    .execute();
  return {
    steps,
    contacts: contacts.map((contact) => ({ ...contact, reviewDue: isReviewDue(contact.reviewed_at, now) })),
  };
}

/** How many steps wait for their yearly review, for the office's start page. */
export async function countStepsDueForReview(options: {
  services: Pick<AppServices, 'db'>;
  actor: UserActor;
  now: Date;
}): Promise<number> {
  authorize(options.actor, trainingPolicy, 'maintain', undefined);
  const steps = await options.services.db.selectFrom('training_steps').select('reviewed_at').execute();
  return steps.filter((step) => isReviewDue(step.reviewed_at, options.now)).length;
}
