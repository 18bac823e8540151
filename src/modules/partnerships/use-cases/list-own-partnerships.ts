import type { UserActor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/policy.js';
import type { AppServices } from '../../../core/http/types.js';
import { berlinDay, dateColumnDay, type CalendarDay } from '../../../core/time/calendar-day.js';
import type { City } from '../../../region/index.js';
import { partnershipsPolicy, sideOf } from '../policy.js';
import type { ActivityKind, ListingSide, ListingStatus, PartnershipStatus } from '../tables.js';

export interface OwnListing {
  id: string;
  side: ListingSide;
  activities: ActivityKind[];
  grades: number[];
  pupils: number;
  months: number[];
  city: City;
  postcode: string;
  status: ListingStatus;
  createdAt: Date;
}

export interface OwnPartnership {
  id: string;
  partnerName: string;
  status: PartnershipStatus;
  /** A proposal from the other side waiting for this organisation's answer. */
  awaitsAnswer: boolean;
  /** This organisation's yearly review is due (the due day has come and it has not recorded it). */
  reviewDue: boolean;
  reviewDueOn: CalendarDay | null;
  proposedAt: Date;
}

export interface OwnPartnerships {
  side: ListingSide;
  listings: OwnListing[];
  partnerships: OwnPartnership[];
}

/** The reader's organisation's listings and partnerships, newest first (for its own page and Mein Bereich). */
export async function listOwnPartnerships(options: {
  services: AppServices;
  actor: UserActor;
  now?: Date;
}): Promise<OwnPartnerships> {
  const { services, actor } = options;
  authorize(actor, partnershipsPolicy, 'publish_listing', {});
  const side = sideOf(actor) as ListingSide;
  const organisationId = actor.organisation!.id;
  const today = berlinDay(options.now ?? new Date());
  const listings = await services.db
    .selectFrom('partnership_listings')
    .select(['id', 'side', 'activities', 'grades', 'pupils', 'months', 'city', 'postcode', 'status', 'created_at'])
    .where('organisation_id', '=', organisationId)
    .orderBy('status', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
  const ownColumn = side === 'school' ? 'p.school_id' : 'p.company_id';
  const partnerJoin = side === 'school' ? 'p.company_id' : 'p.school_id';
  const rows = await services.db
    .selectFrom('partnerships as p')
    .innerJoin('organisations as o', 'o.id', partnerJoin)
    .select(['p.id', 'o.name', 'p.status', 'p.proposed_by', 'p.review_due_on', 'p.proposed_at'])
    .select((eb) =>
      eb
        .exists(
          eb
            .selectFrom('partnership_reviews as r')
            .select('r.id')
            .whereRef('r.partnership_id', '=', 'p.id')
            .where('r.side', '=', side)
            .whereRef('r.round_due_on', '=', 'p.review_due_on'),
        )
        .as('reviewed'),
    )
    .where(ownColumn, '=', organisationId)
    .orderBy('p.proposed_at', 'desc')
    .execute();
  return {
    side,
    listings: listings.map((row) => ({
      id: row.id,
      side: row.side,
      activities: row.activities,
      grades: row.grades,
      pupils: row.pupils,
      months: row.months,
      city: row.city,
      postcode: row.postcode,
      status: row.status,
      createdAt: row.created_at,
    })),
    partnerships: rows.map((row) => {
      const dueOn = row.review_due_on ? dateColumnDay(row.review_due_on) : null;
      return {
        id: row.id,
        partnerName: row.name,
        status: row.status,
        awaitsAnswer: row.status === 'proposed' && row.proposed_by !== side,
        reviewDue: row.status === 'active' && dueOn !== null && dueOn <= today && !row.reviewed,
        reviewDueOn: dueOn,
        proposedAt: row.proposed_at,
      };
    }),
  };
}
