import type { UserActor } from '../../../../core/auth/actor.js';
import { authorize } from '../../../../core/auth/policy.js';
import type { MentorKind, MentorshipAudience } from '../../tables.js';
import { AppError } from '../../../../core/errors.js';
import type { AppServices } from '../../../../core/http/types.js';
import { mentoringPolicy } from '../policy.js';
import type { OfferInput } from '../schemas.js';

/** Open offers one person may have at a time, per audience. */
export const MAX_OPEN_OFFERS = 5;

/**
 * A mentor offers a mentorship: a volunteer or a company's staff member for applicants and
 * apprentices ('person'), or a company for another company ('company'). Returns the offer's id.
 */
export async function createOffer(options: {
  services: AppServices;
  actor: UserActor;
  audience: MentorshipAudience;
  input: OfferInput;
}): Promise<string> {
  const { services, actor, audience, input } = options;
  authorize(actor, mentoringPolicy, audience === 'person' ? 'offer_mentorship' : 'offer_company_mentoring', undefined);
  const isCompanyStaff = actor.organisation?.type === 'company' && actor.organisation.isVerified;
  const mentorKind: MentorKind = audience === 'company' ? 'company' : isCompanyStaff ? 'company_staff' : 'volunteer';
  return services.db.transaction().execute(async (trx) => {
    const open = await trx
      .selectFrom('mentorship_offers')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('mentor_user_id', '=', actor.userId)
      .where('audience', '=', audience)
      .where('status', '=', 'open')
      .executeTakeFirstOrThrow();
    if (Number(open.n) >= MAX_OPEN_OFFERS) {
      throw new AppError('conflict', {
        fields: { focus: { key: 'matching_mentoring.validation.too_many_offers', values: { max: MAX_OPEN_OFFERS } } },
      });
    }
    const row = await trx
      .insertInto('mentorship_offers')
      .values({
        audience,
        mentor_user_id: actor.userId,
        organisation_id: mentorKind === 'volunteer' ? null : (actor.organisation?.id ?? null),
        mentor_kind: mentorKind,
        focus: input.focus,
        cities: input.cities,
        languages: input.languages,
        capacity: input.capacity,
        note: input.note,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  });
}
