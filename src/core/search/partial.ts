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

/** Partial queries asked at once: enough for typical queries, without one long query taking every connection. */
const AT_ONCE = 4;

/**
 * Runs the search once per term left out — up to AT_ONCE at a time, so on a PostgreSQL server each
 * waits on a connection of its own — and keeps the result with the most matches; null when no
 * partial query finds anything (or the query has a single term).
 */
export async function bestPartialMatch<R extends { total: number }>(
  terms: readonly QueryTerm[],
  search: (remaining: QueryTerm[]) => Promise<R>,
): Promise<PartialMatch<R> | null> {
  const candidates = partialCandidates(terms);
  const results: R[] = [];
  for (let start = 0; start < candidates.length; start += AT_ONCE)
    results.push(
      ...(await Promise.all(candidates.slice(start, start + AT_ONCE).map((candidate) => search(candidate.remaining)))),
    );
  let best: PartialMatch<R> | null = null;
  for (const [index, candidate] of candidates.entries()) {
    const result = results[index];
    if (result && result.total > 0 && (best === null || result.total > best.result.total))
      best = { dropped: candidate.dropped, result };
  }
  return best;
}
