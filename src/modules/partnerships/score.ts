import type { ActivityKind } from './tables.js';

/**
 * How well a school's Gesuch and a company's Angebot fit (decision 035). Four parts, each 0–1, with fixed
 * weights; only facts about the activities, the time of year, the numbers and the distance count, never
 * anything about pupils or staff as people.
 *
 *  - activities (0.4): the share of the school's sought activities the company offers
 *  - time (0.25):      the share of the school's months the company also names
 *  - capacity (0.15):  1 when the company takes all pupils at once, else the share it takes
 *  - distance (0.2):   1 next door, falling linearly to 0 at 50 km; unknown counts 0
 *
 * A pair with no activity in common is no match at all.
 */
export const SCORE_WEIGHTS = { activities: 0.4, time: 0.25, capacity: 0.15, distance: 0.2 } as const;
export const DISTANCE_ZERO_KM = 50;

export interface FitSide {
  activities: readonly ActivityKind[];
  months: readonly number[];
  pupils: number;
}

export interface FitScore {
  /** 0–100, rounded. */
  total: number;
  shared: ActivityKind[];
  sharedMonths: number[];
  parts: Record<keyof typeof SCORE_WEIGHTS, number>;
}

const share = <T>(wanted: readonly T[], offered: readonly T[]): T[] => wanted.filter((item) => offered.includes(item));

/** The fit of a school's listing and a company's listing, or null when they share no activity. */
export function scoreFit(school: FitSide, company: FitSide, km: number | null): FitScore | null {
  const shared = share(school.activities, company.activities);
  if (shared.length === 0) return null;
  const sharedMonths = share(school.months, company.months);
  const parts = {
    activities: shared.length / school.activities.length,
    time: school.months.length === 0 ? 0 : sharedMonths.length / school.months.length,
    capacity: Math.min(1, company.pupils / school.pupils),
    distance: km === null ? 0 : Math.max(0, 1 - km / DISTANCE_ZERO_KM),
  };
  const weighted =
    parts.activities * SCORE_WEIGHTS.activities +
    parts.time * SCORE_WEIGHTS.time +
    parts.capacity * SCORE_WEIGHTS.capacity +
    parts.distance * SCORE_WEIGHTS.distance;
  return { total: Math.round(weighted * 100), shared, sharedMonths, parts };
}
