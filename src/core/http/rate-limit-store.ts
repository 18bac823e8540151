import { AppError } from '../errors.js';
import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { FastifyRateLimitOptions, FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Database } from '../db/database.js';
import type { PersonalDataSource } from '../privacy/registry.js';
import { hours } from '../time/durations.js';

/**
 * Rate-limit counters in PostgreSQL, so that every app process counts against one budget
 * (decision 005). A fixed window per key: the first hit opens it, later hits count up until it
 * expires, and the first hit after that opens a new one. Times come from the database's clock,
 * the one clock all processes share.
 */

/** The privacy notice promises that no counter outlives an hour; longer windows are refused. */
export const MAX_RATE_LIMIT_WINDOW_MS = hours(1);

/** Expired counters deleted along with each hit: more than the one a hit adds, so the table cannot grow. */
const PURGE_PER_HIT = 100;

export type RateLimitResult = { current: number; ttl: number };
type IncrCallback = (error: Error | null, result?: RateLimitResult) => void;

/** What @fastify/rate-limit 10 passes to a store: its options, and for a route's store also the route. */
interface StoreSettings {
  timeWindow?: unknown;
  continueExceeding?: boolean | undefined;
  exponentialBackoff?: boolean | undefined;
  routeInfo?: { method?: string | string[]; url?: string };
}

class PostgresRateLimitStore implements FastifyRateLimitStore {
  constructor(
    private readonly db: Kysely<Database>,
    /** Keeps routes apart: each limited route has its own counters, as with the plugin's own stores. */
    private readonly scope: string,
    settings: StoreSettings,
  ) {
    // Both options extend a window while it is exceeded; these counters only know fixed windows.
    if (settings.continueExceeding || settings.exponentialBackoff) {
      throw new Error(
        'The PostgreSQL rate-limit store supports fixed windows only (no continueExceeding, no exponentialBackoff)',
      );
    }
    // A window given as a function is checked per hit instead.
    if (typeof settings.timeWindow === 'number') checkWindow(settings.timeWindow);
  }

  /** The plugin calls this once per request with the window (ms) and maximum of the route. */
  incr(key: string, callback: IncrCallback, timeWindow?: number): void {
    Promise.resolve()
      .then(() => countHit(this.db, digestKey(this.scope, key), checkWindow(timeWindow)))
      .then(
        (result) => callback(null, result),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
  }

  child(routeOptions: Parameters<FastifyRateLimitStore['child']>[0]): PostgresRateLimitStore {
    // The type declarations name the route's options, but 10.3 passes the route's merged limit
    // settings with the route under routeInfo (index.js, onRoute hook).
    const settings = routeOptions as unknown as StoreSettings;
    const method = [settings.routeInfo?.method ?? ''].flat().join(',');
    return new PostgresRateLimitStore(this.db, `${method} ${settings.routeInfo?.url ?? ''}`, settings);
  }
}

/** The store class for the plugin's `store` option, bound to the platform's database. */
export function createRateLimitStore(db: Kysely<Database>): FastifyRateLimitStoreCtor {
  return class extends PostgresRateLimitStore {
    constructor(options: FastifyRateLimitOptions) {
      super(db, '', options);
    }
  };
}

/** The window in milliseconds, if the store can keep it. */
function checkWindow(windowMs: unknown): number {
  if (typeof windowMs !== 'number' || !(windowMs > 0))
    throw new Error('The rate-limit store needs the time window of each hit');
  if (windowMs > MAX_RATE_LIMIT_WINDOW_MS)
    throw new Error(`Rate-limit window of ${windowMs} ms exceeds the hour the privacy notice states`);
  return windowMs;
}

/** Keys name an IP address and perhaps an email address; only their digest is stored. */
function digestKey(scope: string, key: string): string {
  return createHash('sha256').update(`${scope}\n${key}`).digest('base64url');
}

/**
 * Counts one hit in a single statement, atomic under concurrent requests from any process: insert
 * the counter, or count up a live one, or restart an expired one. `now()` is when each request's
 * statement began, so a request that waited for another's row lock could see more time left than
 * the window; the time left is capped at the window. The same statement deletes a batch
 * of other keys' expired counters; SKIP LOCKED lets it pass over rows another request holds, so
 * requests never wait for each other's clean-up.
 */
export async function countHit(db: Kysely<Database>, key: string, windowMs: number): Promise<RateLimitResult> {
  const { rows } = await sql<{ hits: number; ttl: number }>`
    with purged as (
      delete from rate_limits where key in (
        select key from rate_limits where expires_at <= now() and key <> ${key}
        order by expires_at limit ${PURGE_PER_HIT} for update skip locked))
    insert into rate_limits as counter (key, hits, expires_at)
    values (${key}, 1, now() + ${windowMs}::float8 * interval '1 millisecond')
    on conflict (key) do update set
      hits = case when counter.expires_at <= now() then 1 else counter.hits + 1 end,
      expires_at = case when counter.expires_at <= now() then excluded.expires_at else counter.expires_at end
    returning counter.hits, least(${windowMs}::float8, greatest(0, ceil(extract(epoch from counter.expires_at - now()) * 1000)))::int as ttl`.execute(
    db,
  );
  const row = rows[0];
  if (!row) throw new Error('Counting a rate-limit hit returned no row');
  return { current: row.hits, ttl: row.ttl };
}

/**
 * The counters as personal data: their keys derive from IP addresses (and, for login and password
 * reset, the address typed in). They belong to no account, so there is nothing to export or erase
 * per user; each lives only as long as its window (at most an hour) and the nightly job deletes
 * those no later request has cleaned up.
 */
export const rateLimitPersonalData: PersonalDataSource = {
  id: 'rate_limits',
  purposeKey: 'privacy.rate_limits.purpose',
  retentionKey: 'privacy.rate_limits.retention',
  async export() {
    return [];
  },
  async erase() {
    // Nothing is linked to an account (see above).
  },
  async purgeExpired(db, now) {
    const result = await db.deleteFrom('rate_limits').where('expires_at', '<=', now).executeTakeFirst();
    return Number(result.numDeletedRows);
  },
};

/**
 * A second limit on a route that already has one (the plugin runs one limiter per request): counts the
 * hit under the digest of scope and key in the same table, and refuses with 429 beyond `max` in the window.
 */
export async function enforceExtraLimit(
  db: Kysely<Database>,
  limit: { scope: string; key: string; max: number; windowMs: number },
): Promise<void> {
  const { current } = await countHit(db, digestKey(limit.scope, limit.key), checkWindow(limit.windowMs));
  if (current > limit.max) throw new AppError('rate_limited');
}
