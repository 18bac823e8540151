import { sql, type Kysely } from 'kysely';

/**
 * What a position tells beyond 003: training pay per training year (euros per month, as German
 * training contracts state it), weekly hours, the vocational school and its place, the company's
 * own words on what it offers, and a contact person. "Part-time training possible" stays the
 * 'part_time' entry of `benefits` (003), shown as a fact of its own.
 * The checks repeat the form's rules, so no other writer can store what the form refuses.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table positions
      add column training_pay int[] not null default '{}'
        check (cardinality(training_pay) <= 4 and 0 <= all (training_pay) and 3000 >= all (training_pay)),
      add column weekly_hours smallint check (weekly_hours between 15 and 40),
      add column school_name text check (char_length(school_name) <= 200),
      add column school_place text check (char_length(school_place) <= 200),
      add column offer_text text check (char_length(offer_text) <= 2000),
      add column contact_name text check (char_length(contact_name) <= 120),
      add column contact_role text check (char_length(contact_role) <= 120),
      add column contact_phone text check (char_length(contact_phone) <= 40),
      add column contact_email text check (char_length(contact_email) <= 254)`.execute(db);
}
