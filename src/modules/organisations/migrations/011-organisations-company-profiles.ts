import { sql, type Kysely } from 'kysely';

/**
 * The public profile of a company: what it offers, its commitments (Charta der Vielfalt …) and
 * the mentoring it offers. Written by the company's admins; shown to everybody once the company is
 * verified. The limits repeat the form's, so no other writer stores what the form refuses.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table company_profiles (
      organisation_id uuid primary key references organisations(id) on delete cascade,
      about text not null default '' check (char_length(about) <= 2000),
      offers text not null default '' check (char_length(offers) <= 2000),
      commitments text[] not null default '{}'
        check (commitments <@ array['charta_der_vielfalt', 'anonymised_hiring', 'intercultural_training',
          'language_support', 'school_partnerships']::text[]),
      offers_mentoring boolean not null default false,
      mentoring_note text not null default '' check (char_length(mentoring_note) <= 500),
      updated_by uuid references users(id) on delete set null,
      updated_at timestamptz not null default now()
    )`.execute(db);
}
