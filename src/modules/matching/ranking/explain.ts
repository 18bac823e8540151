import type { Scores } from './scores.js';

export interface Reason {
  criterion: keyof Scores;
  key: string;
  values?: Record<string, string | number>;
}

/**
 * "Why it matches": one short sentence per criterion, derived only from the scores (and the
 * distance), so the text can never say more than the ranking used.
 */
export function explainScores(scores: Scores, context: { km: number; languagesAsked: number }): Reason[] {
  const k = (name: string) => `matching_core.why.${name}`;
  const reasons: Reason[] = [];
  reasons.push({
    criterion: 'occupation',
    key: k(
      scores.occupation === 1 ? 'occupation_exact' : scores.occupation > 0 ? 'occupation_field' : 'occupation_other',
    ),
  });
  reasons.push({
    criterion: 'certificate',
    key: k(
      scores.certificate === 1
        ? 'certificate_met'
        : scores.certificate > 0
          ? 'certificate_one_below'
          : 'certificate_below',
    ),
  });
  if (context.languagesAsked === 0) reasons.push({ criterion: 'languages', key: k('languages_none_asked') });
  else
    reasons.push({
      criterion: 'languages',
      key: k(scores.languages === 1 ? 'languages_all' : scores.languages > 0 ? 'languages_some' : 'languages_missing'),
    });
  if (context.km === 0) reasons.push({ criterion: 'distance', key: k('distance_same_city') });
  else if (scores.distance > 0.2 || context.km === 0)
    reasons.push({ criterion: 'distance', key: k('distance_within'), values: { km: Math.round(context.km) } });
  else
    reasons.push({ criterion: 'distance', key: k('distance_preferred_city'), values: { km: Math.round(context.km) } });
  reasons.push({
    criterion: 'start',
    key: k(scores.start === 1 ? 'start_in_time' : scores.start > 0 ? 'start_late' : 'start_too_late'),
  });
  return reasons;
}

/** A score as a whole percentage for display. */
export function percent(score: number): number {
  return Math.round(score * 100);
}
