import { sql, type Kysely } from 'kysely';

/**
 * The ranking's "positions for a profile" reads every open position of the profile's occupations (the
 * field-wide second query: every occupation of the field, a third of all positions) and keeps those
 * within reach. Through migration 003's index on (occupation_id, deadline) each of them was a visit to
 * the table's wide rows (title, description, search vectors): about 2,100 pages for 16,000 positions.
 *
 * This index has the same key and carries every column the ranking reads (decision 033), so that read
 * is one range of the index alone (an index-only scan, about 400 pages). It replaces the narrower one:
 * everything that used it can use this one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create index positions_open_ranking on positions (occupation_id, deadline)
      include (postcode, city, required_certificate, starts_on, languages, id)
      where status = 'published'`.execute(db);
  await sql`drop index positions_open_occupation`.execute(db);
}
