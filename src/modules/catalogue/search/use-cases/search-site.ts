import { sql, type Kysely } from 'kysely';
import type { Actor } from '../../../../core/auth/actor.js';
import type { Database } from '../../../../core/db/database.js';
import type { AppServices } from '../../../../core/http/types.js';
import type { LocaleCode } from '../../../../core/i18n/locales.js';
import { siteSearchProviders, type SiteSearchGroup } from '../../../../core/search/providers.js';
import { createResultCache, type ResultCache } from '../../../../core/search/result-cache.js';
import { minutes } from '../../../../core/time/durations.js';
import { searchQueryString, type SearchCriteria, type SearchNotice } from '../schemas.js';
import { searchCatalogue, type SearchResult } from './search-catalogue.js';

/**
 * The site search behind /suche: the catalogue's results with facets, and beside them one group
 * per other module's provider (open positions …), each with its count and a link to its full list.
 *
 * Results for anonymous visitors are cached (popular searches repeat), keyed by language and the
 * normalised query, and dropped by any write to what a search shows: entries, translations,
 * organisations and positions raise the database's write counter (migration 012) in the writing
 * transaction. The day is part of the generation, since positions leave the search at their
 * deadline. Signed-in people always get a fresh search, so no one is served another's view.
 */
export interface SiteSearchGroupResult {
  kind: string;
  group: SiteSearchGroup;
}

export interface SiteSearchResult {
  result: SearchResult;
  groups: SiteSearchGroupResult[];
}

export const SITE_SEARCH_LIMITS = {
  /** Results shown per other group. */
  groupItems: 3,
  /** Cached searches at most (least recently used go first). */
  cachedSearches: 500,
  /** How long a cached result is served at most (see core/search/result-cache.ts). */
  cacheMinutes: 1,
} as const;

/** The write generation: the highest write number of migration 012 and the day. */
export async function searchWriteGeneration(db: Kysely<Database>): Promise<string> {
  const row = await sql<{
    n: string;
    day: string;
  }>`select coalesce(max(n), 0)::text as n, current_date::text as day from search_writes`.execute(db);
  return `${row.rows[0]?.n ?? ''}:${row.rows[0]?.day ?? ''}`;
}

/** What is cached: search results, and whole rendered search pages (the same key space, one generation). */
type CacheKind = 'results' | 'pages';

const caches = new WeakMap<Kysely<Database>, Map<CacheKind, ResultCache<unknown>>>();
let caching = true;

/** Switches the cache off and on; the benchmark measures the page without it as its reference. */
export function setSiteSearchCaching(enabled: boolean): void {
  caching = enabled;
}

/** The cache of one database (the platform has one; tests start several). */
function cacheFor<T>(db: Kysely<Database>, kind: CacheKind): ResultCache<T> {
  let byKind = caches.get(db);
  if (!byKind) {
    byKind = new Map();
    caches.set(db, byKind);
  }
  let cache = byKind.get(kind);
  if (!cache) {
    cache = createResultCache<unknown>({
      maxEntries: SITE_SEARCH_LIMITS.cachedSearches,
      generation: () => searchWriteGeneration(db),
      maxAgeMs: minutes(SITE_SEARCH_LIMITS.cacheMinutes),
    });
    byKind.set(kind, cache);
  }
  return cache as ResultCache<T>;
}

/**
 * A search's result or its rendered page: from the cache for anonymous visitors while no write has made
 * it stale, else computed. Signed-in people always get it computed, so no one is served another's view.
 */
export async function cachedForAnonymous<T>(options: {
  services: AppServices;
  actor: Actor;
  kind: CacheKind;
  key: string;
  compute: () => Promise<T>;
}): Promise<T> {
  if (!caching || options.actor.kind !== 'anonymous') return options.compute();
  return cacheFor<T>(options.services.db, options.kind).get(options.key, options.compute);
}

export async function searchSite(options: {
  services: AppServices;
  actor: Actor;
  criteria: SearchCriteria;
  notices: SearchNotice[];
  locale: LocaleCode;
}): Promise<SiteSearchResult> {
  const { services, criteria, locale } = options;
  // The catalogue and every other group at once: on a PostgreSQL server each waits on a connection of its
  // own, so the page waits for the slowest, not for the sum (PGlite's one connection takes them in turn).
  const compute = async (): Promise<SiteSearchResult> => {
    const [result, groups] = await Promise.all([
      searchCatalogue({ db: services.db, criteria, locale }),
      Promise.all(
        (criteria.q.trim() ? siteSearchProviders() : []).map(async (provider) => ({
          kind: provider.kind,
          group: await provider.search({ services, text: criteria.q, locale, limit: SITE_SEARCH_LIMITS.groupItems }),
        })),
      ),
    ]);
    return { result, groups };
  };
  const found = await cachedForAnonymous({
    services,
    actor: options.actor,
    kind: 'results',
    key: `${locale}?${searchQueryString(criteria)}`,
    compute,
  });
  // Notices of reading the parameters belong to this request; the cached result has none of them.
  return { ...found, result: { ...found.result, notices: [...options.notices, ...found.result.notices] } };
}
