import type { UserActor } from '../../../../core/auth/actor.js';
import { authorize } from '../../../../core/auth/policy.js';
import type { Position } from '../../tables.js';
import type { AppServices } from '../../../../core/http/types.js';
import { profilesPolicy } from '../../profiles/index.js';
import { explainScores, type Reason } from '../explain.js';
import { rankPositions } from '../rank-positions.js';
import type { Scores } from '../scores.js';

export interface PositionResult {
  position: Position;
  organisationName: string;
  km: number;
  scores: Scores;
  total: number;
  reasons: Reason[];
}

/** Ranked positions for the applicant's own profile; null before they have one. */
export async function findPositionsForMe(options: {
  services: AppServices;
  actor: UserActor;
}): Promise<PositionResult[] | null> {
  const { services, actor } = options;
  authorize(actor, profilesPolicy, 'keep_own_profile', undefined);
  const profile = await services.db
    .selectFrom('applicant_profiles')
    .selectAll()
    .where('user_id', '=', actor.userId)
    .executeTakeFirst();
  if (!profile) return null;
  const ranked = await rankPositions(services.db, {
    seeker: {
      interests: profile.interests,
      certificate: profile.certificate,
      languageRanks: profile.language_ranks,
      postcode: profile.postcode,
      travelKm: profile.travel_km,
      availableFrom: profile.available_from,
      preferredCities: profile.preferred_cities,
    },
  });
  if (ranked.length === 0) return [];
  const rows = await services.db
    .selectFrom('positions')
    .innerJoin('organisations', 'organisations.id', 'positions.organisation_id')
    .selectAll('positions')
    .select('organisations.name as organisation_name')
    .where(
      'positions.id',
      'in',
      ranked.map((r) => r.positionId),
    )
    .execute();
  const byId = new Map(
    rows.map(({ organisation_name, ...position }) => [position.id, { position, organisationName: organisation_name }]),
  );
  return ranked.flatMap((r) => {
    const found = byId.get(r.positionId);
    if (!found) return [];
    return [
      {
        ...found,
        km: r.km,
        scores: r.scores,
        total: r.total,
        reasons: explainScores(r.scores, { km: r.km, languagesAsked: found.position.languages.length }),
      },
    ];
  });
}
