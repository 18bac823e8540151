import { occupationsOfSameField } from '../../../region/index.js';
import type { RankedCandidate } from './rank-candidates.js';
import type { RankedPosition } from './rank-positions.js';
import { scorePair } from './scores.js';
import type { SyntheticPosition, SyntheticProfile } from './synthetic.js';

/**
 * The plain way: score every pair in JavaScript and sort. The benchmark times it as the
 * reference, and the tests check the database ranks exactly like it.
 */
export type DistanceLookup = (from: string, to: string) => number;

export function scanCandidates(
  position: SyntheticPosition,
  profiles: readonly SyntheticProfile[],
  km: DistanceLookup,
  limit = 20,
): Omit<RankedCandidate, 'pseudonym' | 'nearKm'>[] {
  const sameField = occupationsOfSameField(position.occupation_id);
  const facts = { ...position, languages: position.languages };
  const results: Omit<RankedCandidate, 'pseudonym' | 'nearKm'>[] = [];
  for (const profile of profiles) {
    if (!profile.is_active || !profile.interests.some((interest) => sameField.includes(interest))) continue;
    const distance = km(profile.postcode, position.postcode);
    const scored = scorePair(facts, profile, distance, sameField);
    if (scored) results.push({ profileId: profile.id, km: distance, scores: scored.scores, total: scored.total });
  }
  return results.sort((a, b) => b.total - a.total || (a.profileId < b.profileId ? -1 : 1)).slice(0, limit);
}

export function scanPositions(
  profile: SyntheticProfile,
  positions: readonly SyntheticPosition[],
  km: DistanceLookup,
  limit = 20,
): RankedPosition[] {
  const reachable = new Set(profile.interests.flatMap((id) => occupationsOfSameField(id)));
  const results: RankedPosition[] = [];
  for (const position of positions) {
    if (!reachable.has(position.occupation_id)) continue;
    const distance = km(profile.postcode, position.postcode);
    const scored = scorePair(position, profile, distance, occupationsOfSameField(position.occupation_id));
    if (scored) results.push({ positionId: position.id, km: distance, scores: scored.scores, total: scored.total });
  }
  return results.sort((a, b) => b.total - a.total || (a.positionId < b.positionId ? -1 : 1)).slice(0, limit);
}
