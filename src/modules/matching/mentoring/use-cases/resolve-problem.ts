import type { UserActor } from '../../../../core/auth/actor.js';
import { authorize } from '../../../../core/auth/policy.js';
import { AppError } from '../../../../core/errors.js';
import type { AppServices } from '../../../../core/http/types.js';
import { mentoringPolicy } from '../policy.js';

/** A coordinator marks a problem report as dealt with. Returns the mentorship's id. */
export async function resolveProblem(options: {
  services: AppServices;
  actor: UserActor;
  problemId: string;
}): Promise<string> {
  const { services, actor } = options;
  authorize(actor, mentoringPolicy, 'resolve_problem_report', undefined, { code: 'not_found' });
  const report = await services.db
    .selectFrom('mentorship_problem_reports')
    .select(['mentorship_id', 'status'])
    .where('id', '=', options.problemId)
    .executeTakeFirst();
  if (!report) throw new AppError('not_found');
  if (report.status === 'resolved')
    throw new AppError('conflict', { messageKey: 'matching_mentoring.errors.problem_resolved' });
  await services.db
    .updateTable('mentorship_problem_reports')
    .set({ status: 'resolved', resolved_at: new Date(), resolved_by: actor.userId })
    .where('id', '=', options.problemId)
    .execute();
  return report.mentorship_id;
}
