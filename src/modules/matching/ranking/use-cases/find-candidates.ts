import type { UserActor } from '../../../../core/auth/actor.js';
import type { Position } from '../../tables.js';
import type { AppServices } from '../../../../core/http/types.js';
import { loadPositionFor } from '../../positions/index.js';
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

/**
 * Ranked candidates for a published position of the actor's own company, optionally narrowed by
 * the company search. Profiles leave through presentProfileForCompany only; identities are not read.
 */
export async function findCandidates(options: {
  services: AppServices;
  actor: UserActor;
  positionId: string;
  search: CandidateSearch | null;
}): Promise<{ position: Position; results: CandidateResult[] }> {
  const { services, actor, search } = options;
  const position = await loadPositionFor(services.db, actor, 'view_candidates', options.positionId);
  const target = candidateTarget(position, search);
  const filters = candidateFilters(position, search);
  const ranked = await rankCandidates(services.db, { target, filters });
  if (ranked.length === 0) return { position, results: [] };
  const profiles = await services.db
    .selectFrom('applicant_profiles')
    .selectAll()
    .where(
      'id',
      'in',
      ranked.map((r) => r.profileId),
    )
    .execute();
  const byId = new Map(profiles.map((profile) => [profile.id, profile]));
  const results = ranked.flatMap((r) => {
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
  return { position, results };
}
