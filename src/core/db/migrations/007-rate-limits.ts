import { sql, type Kysely } from 'kysely';

/**
 * Rate-limit counters shared by every app process (decision 005): one row per limited key and
 * window, counted up by one upsert per request (core/http/rate-limit-store.ts). The key is a
 * digest of the route and what the limit counts (IP address, and for login and reset also the
 * address typed in), so the table holds no address in clear text.
 *
 * Unlogged: the counters are worth nothing after a crash (PostgreSQL empties unlogged tables
 * then), and skipping the write-ahead log keeps a write per login attempt cheap.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create unlogged table rate_limits (
      key text primary key,
      hits integer not null check (hits > 0),
      expires_at timestamptz not null
    )`.execute(db);
  // Expired counters are deleted by age, on the request path and by the nightly retention job.
  await sql`create index rate_limits_expiry on rate_limits (expires_at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists rate_limits`.execute(db);
}
