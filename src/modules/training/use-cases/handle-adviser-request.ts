import type { UserActor } from '../../../core/auth/actor.js';
import { recordAudit } from '../../../core/audit/record-audit.js';
import { authorize } from '../../../core/auth/policy.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import { trainingPolicy } from '../policy.js';

/** The office takes a request over (open → in progress) or marks it done (open or in progress → done). */
export async function handleAdviserRequest(options: {
  services: Pick<AppServices, 'db'>;
  actor: UserActor;
  requestId: string;
  action: 'take' | 'done';
  ip: string | null;
  now?: Date;
}): Promise<void> {
  const { services, actor, requestId, action } = options;
  authorize(actor, trainingPolicy, 'handle_requests', undefined);
  const now = options.now ?? new Date();
  await services.db.transaction().execute(async (trx) => {
    const request = await trx
      .selectFrom('training_adviser_requests')
      .select(['id', 'status', 'organisation_id', 'taken_at', 'taken_by'])
      .where('id', '=', requestId)
      .forUpdate()
      .executeTakeFirst();
    if (!request) throw new AppError('not_found');
    if (request.status === 'done' || (action === 'take' && request.status !== 'open'))
      throw new AppError('conflict', { messageKey: 'training.errors.request_state' });
    await trx
      .updateTable('training_adviser_requests')
      .set(
        action === 'take'
          ? { status: 'in_progress', taken_by: actor.userId, taken_at: now }
          : {
              status: 'done',
              done_at: now,
              taken_at: request.taken_at ?? now,
              taken_by: request.taken_by ?? actor.userId,
            },
      )
      .where('id', '=', requestId)
      .execute();
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: action === 'take' ? 'training.adviser_request_taken' : 'training.adviser_request_done',
      subjectType: 'training_adviser_request',
      subjectId: requestId,
      organisationId: request.organisation_id,
      ip: options.ip,
    });
  });
}
