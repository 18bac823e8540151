import type { UserActor } from '../../../../core/auth/actor.js';
import { authorize } from '../../../../core/auth/policy.js';
import { recordAudit } from '../../../../core/audit/record-audit.js';
import { AppError, type FieldErrors } from '../../../../core/errors.js';
import type { AppServices } from '../../../../core/http/types.js';
import { mentoringPolicy } from '../policy.js';
import { mailTo, recipientOf } from '../records.js';

const refuse = (field: 'offer_id' | 'request_id', key: string): AppError => {
  const fields: FieldErrors = { [field]: { key: `matching_mentoring.validation.${key}` } };
  return new AppError('conflict', { fields });
};

/**
 * A coordinator connects a request with an offer. Both rows are locked, so two coordinators
 * matching at once can neither fill an offer beyond its capacity nor match one request twice.
 * Both sides are told by e-mail who the other is, which the forms announce beforehand.
 */
export async function matchMentorship(options: {
  services: AppServices;
  actor: UserActor;
  requestId: string;
  offerId: string;
  ip?: string;
}): Promise<string> {
  const { services, actor, requestId, offerId } = options;
  authorize(actor, mentoringPolicy, 'match', undefined);
  return services.db.transaction().execute(async (trx) => {
    const offer = await trx
      .selectFrom('mentorship_offers')
      .selectAll()
      .where('id', '=', offerId)
      .forUpdate()
      .executeTakeFirst();
    const request = await trx
      .selectFrom('mentorship_requests')
      .selectAll()
      .where('id', '=', requestId)
      .forUpdate()
      .executeTakeFirst();
    if (!request) throw refuse('request_id', 'choose_request');
    if (!offer) throw refuse('offer_id', 'choose_offer');
    if (request.status !== 'open') throw refuse('request_id', 'request_not_open');
    if (offer.status !== 'open') throw refuse('offer_id', 'offer_not_open');
    if (offer.audience !== request.audience) throw refuse('offer_id', 'audience_mismatch');
    if (!offer.focus.includes(request.focus)) throw refuse('offer_id', 'focus_mismatch');
    if (offer.mentor_user_id === request.requester_user_id) throw refuse('offer_id', 'same_person');
    if (offer.audience === 'company' && offer.organisation_id === request.organisation_id)
      throw refuse('offer_id', 'same_company');
    const active = await trx
      .selectFrom('mentorships')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('offer_id', '=', offerId)
      .where('status', '=', 'active')
      .executeTakeFirstOrThrow();
    if (Number(active.n) >= offer.capacity) throw refuse('offer_id', 'offer_full');

    const mentorship = await trx
      .insertInto('mentorships')
      .values({ offer_id: offerId, request_id: requestId, coordinator_user_id: actor.userId })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .updateTable('mentorship_requests')
      .set({ status: 'matched', updated_at: new Date() })
      .where('id', '=', requestId)
      .execute();
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'mentorship.matched',
      subjectType: 'mentorship',
      subjectId: mentorship.id,
      ip: options.ip ?? null,
      details: { audience: offer.audience },
    });
    const mentor = await recipientOf(trx, offer.mentor_user_id);
    const mentee = await recipientOf(trx, request.requester_user_id);
    const path = `/mentoring/patenschaften/${mentorship.id}`;
    await mailTo(services, trx, mentor, 'matched_mentor', {
      path,
      values: { other: mentee.displayName, other_email: mentee.email },
    });
    await mailTo(services, trx, mentee, 'matched_mentee', {
      path,
      values: { other: mentor.displayName, other_email: mentor.email },
    });
    return mentorship.id;
  });
}
