import type { Certificate, LanguageSkill } from '../tables.js';
import { certificateRank, levelRank } from '../shared/index.js';
import { dateColumnDay, daysBetween } from '../../../core/time/calendar-day.js';

/**
 * How well a profile and a position fit, criterion by criterion (each 0…1), and the weighted
 * total (0…1). The SQL in rank-candidates.ts / rank-positions.ts computes exactly these
 * formulas, in the same order of operations, so this file is both the specification and the
 * reference the benchmark and the tests compare the database with.
 *
 * Inputs are only qualification and logistics fields — never a name, age, gender, nationality,
 * origin or migration history (those live in applicant_identities, which ranking never reads).
 * A foreign certificate's recognition status is shown to companies but not scored, so that the
 * country a certificate comes from cannot lower a rank (decision record 010).
 */
export const WEIGHTS = { occupation: 0.35, certificate: 0.2, languages: 0.2, distance: 0.15, start: 0.1 } as const;
export type Criterion = keyof typeof WEIGHTS;
export const CRITERIA = Object.keys(WEIGHTS) as Criterion[];

/** The best total a candidate can reach with only a same-field interest (used to stop early). */
export const FIELD_ONLY_MAX_TOTAL =
  WEIGHTS.occupation * 0.5 + WEIGHTS.certificate + WEIGHTS.languages + WEIGHTS.distance + WEIGHTS.start;
/** Days of lateness after which the start-date score reaches 0. */
export const START_GRACE_DAYS = 90;
/** Score of a position outside the travel radius but in one of the applicant's preferred cities. */
export const PREFERRED_CITY_DISTANCE_SCORE = 0.2;

export type Scores = Record<Criterion, number>;

export function occupationScore(
  interests: readonly string[],
  occupationId: string,
  sameField: readonly string[],
): number {
  if (interests.includes(occupationId)) return 1;
  return interests.some((interest) => sameField.includes(interest)) ? 0.5 : 0;
}

export function certificateScore(profileRank: number, requiredRank: number): number {
  if (profileRank >= requiredRank) return 1;
  return profileRank === requiredRank - 1 ? 0.5 : 0;
}

/** Share of the wanted languages the applicant speaks at the level asked (half credit below it). */
export function languagesScore(ranks: Readonly<Record<string, number>>, wanted: readonly LanguageSkill[]): number {
  if (wanted.length === 0) return 1;
  let sum = 0;
  for (const { code, level } of wanted) {
    const have = ranks[code] ?? 0;
    sum += have >= levelRank(level) ? 1 : code in ranks ? 0.5 : 0;
  }
  return sum / wanted.length;
}

/** null: the position is out of reach (outside the radius and not in a preferred city). */
export function distanceScore(km: number, travelKm: number, inPreferredCity: boolean): number | null {
  if (km <= travelKm) return 1 - (0.8 * km) / Math.max(travelKm, 1);
  return inPreferredCity ? PREFERRED_CITY_DISTANCE_SCORE : null;
}

export function startScore(availableFrom: Date, startsOn: Date): number {
  const lateDays = Math.max(0, daysBetween(dateColumnDay(startsOn), dateColumnDay(availableFrom)));
  return Math.max(0, 1 - lateDays / START_GRACE_DAYS);
}

export function totalScore(scores: Scores): number {
  return (
    WEIGHTS.occupation * scores.occupation +
    WEIGHTS.certificate * scores.certificate +
    WEIGHTS.languages * scores.languages +
    WEIGHTS.distance * scores.distance +
    WEIGHTS.start * scores.start
  );
}

export interface ScoredPair {
  scores: Scores;
  total: number;
}

export interface PositionFacts {
  occupation_id: string;
  required_certificate: Certificate;
  languages: readonly LanguageSkill[];
  city: string;
  starts_on: Date;
}

export interface ProfileFacts {
  interests: readonly string[];
  certificate: Certificate;
  language_ranks: Readonly<Record<string, number>>;
  travel_km: number;
  available_from: Date;
  preferred_cities: readonly string[];
}

/** The reference score of one pair; null when the position is out of the applicant's reach. */
export function scorePair(
  position: PositionFacts,
  profile: ProfileFacts,
  km: number,
  sameField: readonly string[],
): ScoredPair | null {
  const distance = distanceScore(km, profile.travel_km, profile.preferred_cities.includes(position.city));
  if (distance === null) return null;
  const scores: Scores = {
    occupation: occupationScore(profile.interests, position.occupation_id, sameField),
    certificate: certificateScore(certificateRank(profile.certificate), certificateRank(position.required_certificate)),
    languages: languagesScore(profile.language_ranks, position.languages),
    distance,
    start: startScore(profile.available_from, position.starts_on),
  };
  return { scores, total: totalScore(scores) };
}
