import type { UserActor } from '../../../../core/auth/actor.js';
import { authorize } from '../../../../core/auth/policy.js';
import { recordAudit } from '../../../../core/audit/record-audit.js';
import { AppError } from '../../../../core/errors.js';
import type { AppServices } from '../../../../core/http/types.js';
import { can, mentoringPolicy } from '../policy.js';
import { findMentorship, subjectOf } from '../records.js';

/** A coordinator ends a mentorship; the offer's place becomes free again. The log stays readable. */
export async function endMentorship(options: {
  services: AppServices;
  actor: UserActor;
  mentorshipId: string;
  endNote: string;
  ip?: string;
}): Promise<void> {
  const { services, actor } = options;
  const mentorship = await findMentorship(services.db, options.mentorshipId);
  if (!mentorship || !can(actor, 'view_mentorship', subjectOf(mentorship))) throw new AppError('not_found');
  authorize(actor, mentoringPolicy, 'end_mentorship', subjectOf(mentorship));
  await services.db.transaction().execute(async (trx) => {
    const ended = await trx
      .updateTable('mentorships')
      .set({ status: 'ended', ended_at: new Date(), end_note: options.endNote || null })
      .where('id', '=', mentorship.id)
      .where('status', '=', 'active')
      .executeTakeFirst();
    if (Number(ended.numUpdatedRows) === 0)
      throw new AppError('conflict', { messageKey: 'matching_mentoring.errors.mentorship_ended' });
    await trx
      .updateTable('mentorship_requests')
      .set({ status: 'ended', updated_at: new Date() })
      .where('id', '=', mentorship.requestId)
      .execute();
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'mentorship.ended',
      subjectType: 'mentorship',
      subjectId: mentorship.id,
      ip: options.ip ?? null,
    });
  });
}
