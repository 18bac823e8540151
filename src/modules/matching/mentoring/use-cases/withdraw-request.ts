import type { UserActor } from '../../../../core/auth/actor.js';
import { AppError } from '../../../../core/errors.js';
import type { AppServices } from '../../../../core/http/types.js';
import { can } from '../policy.js';

/** The person who asked withdraws a request that has not been matched yet. */
export async function withdrawRequest(options: {
  services: AppServices;
  actor: UserActor;
  requestId: string;
}): Promise<void> {
  const { services, actor, requestId } = options;
  const request = await services.db
    .selectFrom('mentorship_requests')
    .select(['requester_user_id', 'status'])
    .where('id', '=', requestId)
    .executeTakeFirst();
  if (!request || !can(actor, 'withdraw_request', { ownerUserId: request.requester_user_id }))
    throw new AppError('not_found');
  if (request.status !== 'open')
    throw new AppError('conflict', { messageKey: 'matching_mentoring.errors.request_not_open' });
  await services.db
    .updateTable('mentorship_requests')
    .set({ status: 'withdrawn', updated_at: new Date() })
    .where('id', '=', requestId)
    .execute();
}
