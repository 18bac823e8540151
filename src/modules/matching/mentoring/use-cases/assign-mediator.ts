import type { UserActor } from '../../../../core/auth/actor.js';
import { authorize } from '../../../../core/auth/policy.js';
import { recordAudit } from '../../../../core/audit/record-audit.js';
import { AppError } from '../../../../core/errors.js';
import type { AppServices } from '../../../../core/http/types.js';
import { mentoringPolicy } from '../policy.js';
import { listCoordinators, mailTo, recipientOf } from '../records.js';

/**
 * A coordinator connects the apprentice with a mediator of the cooperation office. The apprentice
 * learns the mediator's name and address, the mediator gets the link to the request. No mail goes
 * to anyone else, the training company least of all.
 */
export async function assignMediator(options: {
  services: AppServices;
  actor: UserActor;
  requestId: string;
  mediatorUserId: string;
  ip?: string;
}): Promise<void> {
  const { services, actor } = options;
  authorize(actor, mentoringPolicy, 'assign_mediator', undefined, { code: 'not_found' });
  await services.db.transaction().execute(async (trx) => {
    const request = await trx
      .selectFrom('dropout_help_requests')
      .select(['id', 'user_id', 'status'])
      .where('id', '=', options.requestId)
      .forUpdate()
      .executeTakeFirst();
    if (!request) throw new AppError('not_found');
    if (request.status === 'closed')
      throw new AppError('conflict', { messageKey: 'matching_mentoring.errors.help_closed' });
    const mediator = (await listCoordinators(trx)).find((person) => person.id === options.mediatorUserId);
    if (!mediator)
      throw new AppError('invalid_input', {
        fields: { mediator_user_id: { key: 'matching_mentoring.validation.choose_mediator' } },
      });
    await trx
      .updateTable('dropout_help_requests')
      .set({ status: 'assigned', mediator_user_id: mediator.id, assigned_by: actor.userId, assigned_at: new Date() })
      .where('id', '=', request.id)
      .execute();
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'dropout_help.mediator_assigned',
      subjectType: 'dropout_help_request',
      subjectId: request.id,
      ip: options.ip ?? null,
      details: { mediator_user_id: mediator.id },
    });
    const apprentice = await recipientOf(trx, request.user_id);
    await mailTo(services, trx, apprentice, 'mediator_for_apprentice', {
      path: '/mentoring',
      values: { other: mediator.displayName, other_email: mediator.email },
    });
    await mailTo(services, trx, mediator, 'mediator_assigned', { path: `/mentoring/koordination/hilfe/${request.id}` });
  });
}
