import type { UserActor } from '../../../../core/auth/actor.js';
import { authorize } from '../../../../core/auth/policy.js';
import { recordAudit } from '../../../../core/audit/record-audit.js';
import { AppError } from '../../../../core/errors.js';
import type { AppServices } from '../../../../core/http/types.js';
import { mentoringPolicy } from '../policy.js';

/** A coordinator closes a help request once the mediation has ended. */
export async function closeDropoutRequest(options: {
  services: AppServices;
  actor: UserActor;
  requestId: string;
  ip?: string;
}): Promise<void> {
  const { services, actor } = options;
  authorize(actor, mentoringPolicy, 'close_dropout_request', undefined, { code: 'not_found' });
  await services.db.transaction().execute(async (trx) => {
    const closed = await trx
      .updateTable('dropout_help_requests')
      .set({ status: 'closed', closed_at: new Date() })
      .where('id', '=', options.requestId)
      .where('status', '<>', 'closed')
      .executeTakeFirst();
    if (Number(closed.numUpdatedRows) === 0) {
      const exists = await trx
        .selectFrom('dropout_help_requests')
        .select('id')
        .where('id', '=', options.requestId)
        .executeTakeFirst();
      throw exists
        ? new AppError('conflict', { messageKey: 'matching_mentoring.errors.help_closed' })
        : new AppError('not_found');
    }
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'dropout_help.closed',
      subjectType: 'dropout_help_request',
      subjectId: options.requestId,
      ip: options.ip ?? null,
    });
  });
}
