import type { UserActor } from '../../../../core/auth/actor.js';
import { authorize } from '../../../../core/auth/policy.js';
import type { MentorshipAudience } from '../../tables.js';
import { AppError } from '../../../../core/errors.js';
import type { AppServices } from '../../../../core/http/types.js';
import { listCoordinators, mailTo } from '../records.js';
import { mentoringPolicy } from '../policy.js';
import type { RequestInput } from '../schemas.js';

/**
 * An applicant or apprentice ('person'), or a company ('company'), asks for a mentorship. One open
 * request per focus at a time; the coordinators hear that a new request waits (not what it says).
 */
export async function createRequest(options: {
  services: AppServices;
  actor: UserActor;
  audience: MentorshipAudience;
  input: RequestInput;
}): Promise<string> {
  const { services, actor, audience, input } = options;
  authorize(
    actor,
    mentoringPolicy,
    audience === 'person' ? 'request_mentorship' : 'request_company_mentoring',
    undefined,
  );
  return services.db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('mentorship_requests')
      .select('id')
      .where('requester_user_id', '=', actor.userId)
      .where('audience', '=', audience)
      .where('focus', '=', input.focus)
      .where('status', 'in', ['open', 'matched'])
      .executeTakeFirst();
    if (existing)
      throw new AppError('conflict', { fields: { focus: { key: 'matching_mentoring.validation.request_exists' } } });
    const row = await trx
      .insertInto('mentorship_requests')
      .values({
        audience,
        requester_user_id: actor.userId,
        organisation_id: audience === 'company' ? (actor.organisation?.id ?? null) : null,
        focus: input.focus,
        city: input.city ?? null,
        languages: input.languages,
        note: input.note,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const coordinator of await listCoordinators(trx)) {
      await mailTo(services, trx, coordinator, 'new_request', { path: '/mentoring/koordination' });
    }
    return row.id;
  });
}
