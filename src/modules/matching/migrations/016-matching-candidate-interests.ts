import { sql, type Kysely } from 'kysely';

/** LANGUAGE_CODES (matching/shared/inputs.ts) when this migration was written; their places are fixed here. */
export const LANGUAGE_CODES_AT_016 = [
  'de',
  'en',
  'tr',
  'ar',
  'ku',
  'pl',
  'ru',
  'uk',
  'el',
  'it',
  'ro',
  'bg',
  'fa',
  'fr',
  'es',
  'pt',
  'sq',
  'sr',
  'hr',
  'bs',
  'ti',
  'so',
  'prs',
  'ps',
  'ur',
  'hi',
  'vi',
  'zh',
  'nl',
  'hu',
] as const;

/**
 * The ranking's read copy of active profiles, one row per (interest, profile), with everything a
 * score needs in the primary key's INCLUDE columns. A company's "candidates for this occupation"
 * is then one range of one index read without touching the table (an index-only scan), instead of
 * a GIN bitmap over applicant_profiles that visits one scattered page per candidate.
 *
 * Languages are stored the way a score reads them fastest: `language_levels`, the best level per language
 * (0 none, 1 A1 … 6 C2, 7 native) at the language's place in LANGUAGE_CODES (1-based), and
 * `language_mask`, bit (place − 1) set for every language spoken. The code list below is that list
 * at the time of this migration (a test compares them); a language added later needs a migration that
 * replaces the two functions and rewrites the table.
 *
 * Kept by statement-level triggers on applicant_profiles (an insert, a change, deactivation), and
 * deleted with the profile by the foreign key, so it never outlives what it copies: erasing a
 * profile erases its rows here in the same statement. It holds no name and no contact, only what
 * the pseudonymous ranking already reads (decision 010).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // The profile form allows three interests (MAX_INTERESTS); the ranking relies on it, so the table says it too.
  await sql`alter table applicant_profiles add constraint applicant_profiles_interests_limit check (cardinality(interests) <= 3)`.execute(
    db,
  );
  const codes = sql.raw(`array[${LANGUAGE_CODES_AT_016.map((code) => `'${code}'`).join(',')}]`);
  await sql`
    create function matching_language_levels(ranks jsonb) returns smallint[] language sql immutable parallel safe as $$
      select array_agg(coalesce((ranks->>code)::smallint, 0::smallint) order by place)
      from unnest(${codes}::text[]) with ordinality as c(code, place)
    $$`.execute(db);
  await sql`
    create function matching_language_mask(ranks jsonb) returns bigint language sql immutable parallel safe as $$
      select coalesce(sum(1::bigint << (place::int - 1)), 0)::bigint
      from unnest(${codes}::text[]) with ordinality as c(code, place)
      where ranks ? code
    $$`.execute(db);
  await sql`
    create table candidate_interests (
      occupation_id text not null,
      profile_id uuid not null references applicant_profiles(id) on delete cascade,
      certificate_rank int not null,
      language_mask bigint not null,
      travel_km int not null,
      available_from date not null,
      postcode text not null,
      interests text[] not null,
      language_levels smallint[] not null,
      preferred_cities text[] not null,
      pseudonym text not null,
      -- Fixed-width columns first and the filters' columns early: a row is read up to what a filter needs.
      primary key (occupation_id, profile_id) include (certificate_rank, language_mask, travel_km, available_from,
        postcode, interests, language_levels, preferred_cities, pseudonym)
    )`.execute(db);
  await sql`create index candidate_interests_profile on candidate_interests (profile_id)`.execute(db);
  await sql`
    create function matching_copy_candidate_interests() returns trigger language plpgsql as $$
    begin
      delete from candidate_interests where profile_id in (select id from changed);
      insert into candidate_interests (occupation_id, profile_id, certificate_rank, language_mask,
          travel_km, available_from, postcode, interests, language_levels, preferred_cities, pseudonym)
        select distinct interest, p.id, p.certificate_rank, matching_language_mask(p.language_ranks), p.travel_km,
          p.available_from, p.postcode, p.interests, matching_language_levels(p.language_ranks), p.preferred_cities,
          p.pseudonym
        from changed p cross join unnest(p.interests) as interest
        where p.is_active;
      return null;
    end $$`.execute(db);
  for (const event of ['insert', 'update'])
    await sql`
      create trigger ${sql.raw(`applicant_profiles_candidate_interests_${event}`)}
      after ${sql.raw(event)} on applicant_profiles
      referencing new table as changed
      for each statement execute function matching_copy_candidate_interests()`.execute(db);
  // The profiles there already: a change that changes nothing fires the same copy as every later write.
  await sql`update applicant_profiles set is_active = is_active`.execute(db);
}
