import { sql } from 'kysely';
import type { UserActor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/policy.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import type { City } from '../../../region/index.js';
import { withinRadius } from '../../matching/index.js';
import { can, partnershipsPolicy } from '../policy.js';
import { findListing, otherSide, type ListingRecord } from '../records.js';
import { scoreFit, type FitScore } from '../score.js';
import type { ActivityKind } from '../tables.js';

/** At most this many suggestions are shown; the best come first. */
export const MAX_MATCHES = 30;

export interface Match {
  listingId: string;
  organisationName: string;
  city: City;
  activities: ActivityKind[];
  grades: number[];
  pupils: number;
  months: number[];
  occupations: string | null;
  note: string | null;
  km: number;
  fit: FitScore;
  /** A proposal or a running partnership already joins the two organisations. */
  isPartnered: boolean;
}

export interface Matches {
  listing: ListingRecord;
  radiusKm: number;
  matches: Match[];
}

/**
 * The other side's open listings within the radius, ranked by fit (score.ts) and then distance. Only the
 * listing's owner asks; the suggestions show organisations and what they seek or offer, never people.
 */
export async function findMatches(options: {
  services: AppServices;
  actor: UserActor;
  listingId: string;
  radiusKm: number;
}): Promise<Matches> {
  const { services, actor, radiusKm } = options;
  const listing = await findListing(services.db, options.listingId);
  const subject = { ownerOrganisationId: listing?.organisation_id ?? '' };
  if (!listing || !can(actor, 'manage_listing', subject)) throw new AppError('not_found');
  authorize(actor, partnershipsPolicy, 'see_matches', {});
  const near = await withinRadius(services.db, { from: listing.postcode, radiusKm });
  if (near.length === 0) return { listing, radiusKm, matches: [] };
  const kmByPostcode = new Map(near.map((row) => [row.postcode, row.km]));
  const wanted = otherSide(listing.side);
  const candidates = await services.db
    .selectFrom('partnership_listings as l')
    .innerJoin('organisations as o', 'o.id', 'l.organisation_id')
    .select([
      'l.id',
      'l.organisation_id',
      'o.name',
      'l.city',
      'l.activities',
      'l.grades',
      'l.pupils',
      'l.months',
      'l.postcode',
      'l.occupations',
      'l.note',
    ])
    .where('l.side', '=', wanted)
    .where('l.status', '=', 'open')
    .where('o.verified_at', 'is not', null)
    .where('l.organisation_id', '<>', listing.organisation_id)
    .where('l.postcode', 'in', [...kmByPostcode.keys()])
    .where('l.activities', '&&', sql<ActivityKind[]>`${listing.activities}::text[]`)
    .execute();
  const partnered = await services.db
    .selectFrom('partnerships')
    .select(listing.side === 'school' ? 'company_id as other' : 'school_id as other')
    .where(listing.side === 'school' ? 'school_id' : 'company_id', '=', listing.organisation_id)
    .where('status', 'in', ['proposed', 'active'])
    .execute();
  const partneredIds = new Set(partnered.map((row) => row.other));
  const matches: Match[] = [];
  for (const candidate of candidates) {
    const km = kmByPostcode.get(candidate.postcode) ?? null;
    const [school, company] = listing.side === 'school' ? [listing, candidate] : [candidate, listing];
    const fit = scoreFit(school, company, km);
    if (!fit || km === null) continue;
    matches.push({
      listingId: candidate.id,
      organisationName: candidate.name,
      city: candidate.city,
      activities: candidate.activities,
      grades: candidate.grades,
      pupils: candidate.pupils,
      months: candidate.months,
      occupations: candidate.occupations,
      note: candidate.note,
      km,
      fit,
      isPartnered: partneredIds.has(candidate.organisation_id),
    });
  }
  matches.sort(
    (a, b) => b.fit.total - a.fit.total || a.km - b.km || a.organisationName.localeCompare(b.organisationName),
  );
  return { listing, radiusKm, matches: matches.slice(0, MAX_MATCHES) };
}
