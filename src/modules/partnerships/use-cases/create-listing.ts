import type { UserActor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/policy.js';
import { recordAudit } from '../../../core/audit/record-audit.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import { findCityByPostcode } from '../../../region/index.js';
import { partnershipsPolicy, sideOf } from '../policy.js';
import type { ListingInput } from '../schemas.js';

/** Open listings one organisation may have at a time. */
export const MAX_OPEN_LISTINGS = 10;

/** A school publishes a Gesuch or a company an Angebot. Returns the listing's id. */
export async function createListing(options: {
  services: AppServices;
  actor: UserActor;
  input: ListingInput;
}): Promise<string> {
  const { services, actor, input } = options;
  authorize(actor, partnershipsPolicy, 'publish_listing', {});
  const side = sideOf(actor);
  const city = findCityByPostcode(input.postcode);
  if (!side || !actor.organisation) throw new AppError('forbidden');
  if (!city)
    throw new AppError('invalid_input', { fields: { postcode: { key: 'partnerships.validation.postcode_unknown' } } });
  const organisationId = actor.organisation.id;
  return services.db.transaction().execute(async (trx) => {
    const open = await trx
      .selectFrom('partnership_listings')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('organisation_id', '=', organisationId)
      .where('status', '=', 'open')
      .executeTakeFirstOrThrow();
    if (Number(open.n) >= MAX_OPEN_LISTINGS)
      throw new AppError('conflict', {
        fields: {
          activities: { key: 'partnerships.validation.too_many_listings', values: { max: MAX_OPEN_LISTINGS } },
        },
      });
    const row = await trx
      .insertInto('partnership_listings')
      .values({
        organisation_id: organisationId,
        side,
        activities: input.activities,
        grades: side === 'school' ? (input.grades ?? []) : [],
        pupils: input.pupils,
        months: input.months,
        postcode: input.postcode,
        city: city.code,
        occupations: side === 'company' ? (input.occupations ?? null) : null,
        note: input.note,
        created_by: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'partnership_listing.published',
      subjectType: 'partnership_listing',
      subjectId: row.id,
      organisationId,
    });
    return row.id;
  });
}
