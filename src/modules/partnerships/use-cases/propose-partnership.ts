import type { UserActor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/policy.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import { can, partnershipsPolicy } from '../policy.js';
import { auditPartnership, findListing, otherSide, type ListingRecord } from '../records.js';
import type { ProposalInput } from '../schemas.js';

/** The answer when the two organisations already have a proposal or a running partnership. */
const ALREADY_PARTNERED = { fields: { kind_1: { key: 'partnerships.validation.already_partnered' } } };

/** The two listings a proposal joins: the proposer's own and the other side's open one. */
export async function loadProposalListings(options: {
  services: AppServices;
  actor: UserActor;
  ownListingId: string;
  otherListingId: string;
}): Promise<{ own: ListingRecord; other: ListingRecord }> {
  const { services, actor } = options;
  authorize(actor, partnershipsPolicy, 'propose', {});
  const own = await findListing(services.db, options.ownListingId);
  if (!own || !can(actor, 'manage_listing', { ownerOrganisationId: own.organisation_id }))
    throw new AppError('not_found');
  const other = await findListing(services.db, options.otherListingId);
  if (
    !other ||
    other.status !== 'open' ||
    other.side !== otherSide(own.side) ||
    other.organisation_id === own.organisation_id
  )
    throw new AppError('not_found');
  return { own, other };
}

/**
 * One side proposes a partnership to the other: the activities with their dates, a message and its own
 * contact person. The other side answers; until then nothing is public. Returns the partnership's id.
 */
export async function proposePartnership(options: {
  services: AppServices;
  actor: UserActor;
  ownListingId: string;
  otherListingId: string;
  input: ProposalInput;
  ip?: string;
}): Promise<string> {
  const { services, actor, input } = options;
  const { own, other } = await loadProposalListings(options);
  const [school, company] = own.side === 'school' ? [own, other] : [other, own];
  const side = own.side;
  return services.db
    .transaction()
    .execute(async (trx) => {
      const existing = await trx
        .selectFrom('partnerships')
        .select('id')
        .where('school_id', '=', school.organisation_id)
        .where('company_id', '=', company.organisation_id)
        .where('status', 'in', ['proposed', 'active'])
        .executeTakeFirst();
      if (existing) throw new AppError('conflict', ALREADY_PARTNERED);
      const row = await trx
        .insertInto('partnerships')
        .values({
          school_id: school.organisation_id,
          company_id: company.organisation_id,
          school_listing_id: school.id,
          company_listing_id: company.id,
          proposed_by: side,
          message: input.message,
          [`${side}_contact_name`]: input.contact.name,
          [`${side}_contact_email`]: input.contact.email,
          [`${side}_contact_phone`]: input.contact.phone,
          [`${side}_contact_by`]: actor.userId,
          [`${side}_consent`]: input.consent,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('partnership_activities')
        .values(
          input.activities.map((activity, index) => ({
            partnership_id: row.id,
            kind: activity.kind,
            planned_on: activity.plannedOn,
            position: index + 1,
          })),
        )
        .execute();
      await auditPartnership(trx, actor, 'proposed', row.id, { ip: options.ip });
      return row.id;
    })
    .catch((error: unknown) => {
      // Two proposals between the same pair at the same moment: the partial unique index lets one through.
      const found = error as { code?: string; constraint?: string } | null;
      if (found?.code === '23505' && found.constraint === 'partnerships_one_per_pair')
        throw new AppError('conflict', ALREADY_PARTNERED);
      throw error;
    });
}
