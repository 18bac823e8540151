import { sql, type Kysely, type RawBuilder } from 'kysely';

/**
 * Language levels are CEFR A1–C2 only (decision 026). "native" (Muttersprache) asked for origin rather
 * than ability, and a requirement of it in a position is indirect discrimination, so every stored
 * "native" becomes C2: in profiles, in positions' requirements and in the qualifications part of
 * applications. Updating a profile recomputes its generated language ranks and, through the triggers of
 * migration 016, its rows in candidate_interests. Check constraints keep any other level out for good.
 *
 * Also (decision 026): profile free texts written before the form refused contact data and the own name.
 * The company presenter holds back texts with contact data by itself, but it has no identity to compare
 * names with; so a profile whose potentials contain a part of the applicant's full name (three letters or
 * more, whole words, ignoring case) is marked `free_texts_held_back` here, and its texts reach companies
 * again once the applicant saves the profile through the form, which checks them with the name.
 */
const CEFR_ONLY = sql.raw(`not jsonb_path_exists(languages, '$[*] ? (!(@.level like_regex "^(A1|A2|B1|B2|C1|C2)$"))')`);

/** The list with every "native" level as C2, in its order. */
function withoutNative(list: RawBuilder<unknown>) {
  return sql`(
    select coalesce(jsonb_agg(
      case when l->>'level' = 'native' then jsonb_set(l, '{level}', '"C2"') else l end order by n
    ), '[]'::jsonb)
    from jsonb_array_elements(${list}) with ordinality as e(l, n)
  )`;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  const native = sql`'[{"level": "native"}]'::jsonb`;
  for (const table of ['applicant_profiles', 'positions'])
    await sql`update ${sql.table(table)} set languages = ${withoutNative(sql`languages`)} where languages @> ${native}`.execute(
      db,
    );
  await sql`
    update applications
    set qualifications = jsonb_set(qualifications, '{languages}', ${withoutNative(sql`qualifications->'languages'`)})
    where jsonb_typeof(qualifications->'languages') = 'array' and qualifications->'languages' @> ${native}`.execute(db);
  // The updates leave deferred trigger events pending, and a table with pending events cannot be altered.
  await sql`set constraints all immediate`.execute(db);
  await sql`alter table applicant_profiles add column free_texts_held_back boolean not null default false`.execute(db);
  await sql`alter table applicant_profiles add constraint applicant_profiles_cefr_levels check (${CEFR_ONLY})`.execute(
    db,
  );
  await sql`alter table positions add constraint positions_cefr_levels check (${CEFR_ONLY})`.execute(db);
  await sql`
    update applicant_profiles p set free_texts_held_back = true
    from applicant_identities i
    where i.profile_id = p.id and exists (
      select 1
      from regexp_split_to_table(lower(i.full_name), '[[:space:]-]+') as part, jsonb_each_text(p.potentials) as t
      where part ~ '^[[:alpha:]]{3,}$'
        and lower(t.value) ~ ('(^|[^[:alpha:]])' || part || '($|[^[:alpha:]])')
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table applicant_profiles drop column free_texts_held_back`.execute(db);
  await sql`alter table positions drop constraint positions_cefr_levels`.execute(db);
  await sql`alter table applicant_profiles drop constraint applicant_profiles_cefr_levels`.execute(db);
}
