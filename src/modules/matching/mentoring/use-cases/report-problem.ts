import type { UserActor } from '../../../../core/auth/actor.js';
import { authorize } from '../../../../core/auth/policy.js';
import { AppError } from '../../../../core/errors.js';
import type { AppServices } from '../../../../core/http/types.js';
import { can, mentoringPolicy } from '../policy.js';
import { findMentorship, listCoordinators, mailTo, subjectOf } from '../records.js';

/**
 * Mentor or mentee tells the coordinators about a problem. The other side does not see the
 * report; the coordinators get a mail with a link, not the text.
 */
export async function reportProblem(options: {
  services: AppServices;
  actor: UserActor;
  mentorshipId: string;
  description: string;
}): Promise<void> {
  const { services, actor } = options;
  const mentorship = await findMentorship(services.db, options.mentorshipId);
  if (!mentorship || !can(actor, 'view_mentorship', subjectOf(mentorship))) throw new AppError('not_found');
  authorize(actor, mentoringPolicy, 'report_problem', subjectOf(mentorship));
  if (mentorship.status !== 'active')
    throw new AppError('conflict', { messageKey: 'matching_mentoring.errors.mentorship_ended' });
  await services.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('mentorship_problem_reports')
      .values({ mentorship_id: mentorship.id, reporter_user_id: actor.userId, description: options.description })
      .execute();
    for (const coordinator of await listCoordinators(trx)) {
      await mailTo(services, trx, coordinator, 'problem_reported', {
        path: `/mentoring/patenschaften/${mentorship.id}`,
      });
    }
  });
}
