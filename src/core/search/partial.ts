import type { QueryTerm } from './understand.js';

/**
 * Partial matches, one rule for every search: when no result holds every term, the search leaves
 * out one term — the one whose absence gives the most results (on a tie, the later term, since
 * people put the most important word first) — and says which term it left out. A query of one
 * term has no partial match.
 */
export interface PartialMatch<R> {
  /** The term left out. */
  dropped: QueryTerm;
  /** The search's result without it. */
  result: R;
}

/** Terms to try to leave out, and the terms that remain without each; the later terms first. */
export function partialCandidates(terms: readonly QueryTerm[]): { dropped: QueryTerm; remaining: QueryTerm[] }[] {
  if (terms.length < 2) return [];
  return terms.map((dropped, index) => ({ dropped, remaining: terms.filter((_, i) => i !== index) })).reverse();
}

/**
 * Runs the search once per term left out and keeps the result with the most matches; null when no
 * partial query finds anything (or the query has a single term).
 */
export async function bestPartialMatch<R extends { total: number }>(
  terms: readonly QueryTerm[],
  search: (remaining: QueryTerm[]) => Promise<R>,
): Promise<PartialMatch<R> | null> {
  let best: PartialMatch<R> | null = null;
  for (const candidate of partialCandidates(terms)) {
    const result = await search(candidate.remaining);
    if (result.total > 0 && (best === null || result.total > best.result.total))
      best = { dropped: candidate.dropped, result };
  }
  return best;
}
