import type { UserActor } from '../../../../core/auth/actor.js';
import type { Position } from '../../tables.js';
import type { AppServices } from '../../../../core/http/types.js';
import { authorizePosition } from '../../positions/index.js';
import { presentProfileForCompany, type CompanyProfileView } from '../../profiles/index.js';
import { explainScores, type Reason } from '../explain.js';
import { rankCandidates, type CandidateFilters, type CandidateTarget } from '../rank-candidates.js';
import type { CandidateSearch } from '../schemas.js';
import type { Scores } from '../scores.js';

export interface CandidateResult {
  profile: CompanyProfileView;
  km: number;
  /** Distance to the postcode of a radius search (the position's by default); null without one. */
  nearKm: number | null;
  /** The postcode nearKm is measured from. */
  nearPostcode: string | null;
  scores: Scores;
  total: number;
  reasons: Reason[];
}

/** The criteria a search ranks by: the position's own, with what the company searched for in their place. */
export function candidateTarget(position: Position, search: CandidateSearch | null): CandidateTarget {
  return {
    occupationId: search?.occupationId ?? position.occupation_id,
    requiredCertificate: search?.minCertificate ?? position.required_certificate,
    languages: search && search.languages.length > 0 ? search.languages : position.languages,
    city: position.city,
    postcode: position.postcode,
    startsOn: position.starts_on,
  };
}

/** The search's hard filters; a radius is measured from the searched postcode, else from the position's. */
export function candidateFilters(position: Position, search: CandidateSearch | null): CandidateFilters {
  if (!search) return {};
  return {
    ...(search.languages.length > 0 ? { languages: search.languages } : {}),
    ...(search.minCertificate ? { minCertificate: search.minCertificate } : {}),
    ...(search.radiusKm !== null
      ? { near: { postcode: search.near ?? position.postcode, radiusKm: search.radiusKm } }
      : {}),
  };
}

/** One page of a ranked candidate list. */
export interface CandidatePage {
  /** The page shown: the one asked for, or the last one when the list got shorter since the link was made. */
  number: number;
  /** How many pages the ranked list fills (at least 1). */
  pages: number;
  /** The place of the page's first candidate in the whole list (0-based). */
  offset: number;
}

/**
 * Ranked candidates for a published position of the actor's own company, optionally narrowed by the
 * company search. All `limit` best are ranked (the page says how many there are), but only the page
 * shown is read from the profiles and presented: a company sees one page at a time, and reading and
 * checking the free texts of every ranked profile on each request was most of the page's work.
 * Profiles leave through presentProfileForCompany only; identities are not read.
 *
 * The position is the one the caller read for this request (listPositionTalents or loadPositionFor);
 * it is authorised here again, without a second read.
 */
export async function findCandidates(options: {
  services: AppServices;
  actor: UserActor;
  position: Position;
  search: CandidateSearch | null;
  /** How many of the best to rank (rankCandidates' default without it). */
  limit?: number;
  /** The page to present (1-based) and its size; without it, all ranked candidates are presented. */
  page?: { number: number; size: number };
}): Promise<{ position: Position; count: number; page: CandidatePage; results: CandidateResult[] }> {
  const { services, actor, search } = options;
  const position = authorizePosition(actor, 'view_candidates', options.position);
  const target = candidateTarget(position, search);
  const filters = candidateFilters(position, search);
  const ranked = await rankCandidates(services.db, {
    target,
    filters,
    ...(options.limit ? { limit: options.limit } : {}),
  });
  const size = options.page?.size ?? Math.max(ranked.length, 1);
  const pages = Math.max(1, Math.ceil(ranked.length / size));
  const number = Math.min(Math.max(options.page?.number ?? 1, 1), pages);
  const page = { number, pages, offset: (number - 1) * size };
  const shown = ranked.slice(page.offset, page.offset + size);
  if (shown.length === 0) return { position, count: ranked.length, page, results: [] };
  const profiles = await services.db
    .selectFrom('applicant_profiles')
    .selectAll()
    .where(
      'id',
      'in',
      shown.map((r) => r.profileId),
    )
    .execute();
  const byId = new Map(profiles.map((profile) => [profile.id, profile]));
  const results = shown.flatMap((r) => {
    const profile = byId.get(r.profileId);
    if (!profile) return [];
    return [
      {
        profile: presentProfileForCompany(profile),
        km: r.km,
        nearKm: r.nearKm,
        nearPostcode: filters.near?.postcode ?? null,
        scores: r.scores,
        total: r.total,
        reasons: explainScores(r.scores, { km: r.km, languagesAsked: target.languages.length }),
      },
    ];
  });
  return { position, count: ranked.length, page, results };
}
