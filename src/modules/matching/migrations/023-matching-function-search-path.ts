import { sql, type Kysely } from 'kysely';

/**
 * `matching_language_ranks` computes a generated column of `applicant_profiles` and calls `matching_level_rank`
 * by its bare name. A restore of a `pg_dump` (npm run restore) runs with an empty search_path, so loading the
 * profiles failed there. The function now names its search path; it is only computed when a profile is written,
 * so it loses nothing by not being inlined.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter function matching_language_ranks(jsonb) set search_path = public, pg_catalog`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter function matching_language_ranks(jsonb) reset search_path`.execute(db);
}
