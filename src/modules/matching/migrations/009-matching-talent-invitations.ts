import { sql, type Kysely } from 'kysely';

/**
 * Ranked talents lead somewhere. A company member invites a talent (a profile, known to the
 * company only by its pseudonym) to apply to a published position, or saves the talent on the
 * position's shortlist. The invitation asks; the applicant decides: apply through the ordinary
 * anonymised procedure, or decline. An invitation is answerable until `expires_at` and is deleted
 * by the retention job some time after that. Both tables follow the position and the profile:
 * deleting either deletes the rows.
 *
 * application_messages.released_at: a message held back before consent (contact data, the
 * applicant's name) is delivered when the applicant consents; released_at records that moment,
 * so an applicant's released message can be hidden again if the procedure ends after the reveal.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table talent_invitations (
      id uuid primary key default gen_random_uuid(),
      position_id uuid not null references positions(id) on delete cascade,
      profile_id uuid not null references applicant_profiles(id) on delete cascade,
      organisation_id uuid not null references organisations(id) on delete cascade,
      invited_by uuid references users(id) on delete set null,
      status text not null default 'open' check (status in ('open', 'declined')),
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      answered_at timestamptz
    )`.execute(db);
  // One invitation per position and talent: inviting twice would only repeat the same question.
  await sql`create unique index talent_invitations_once on talent_invitations (position_id, profile_id)`.execute(db);
  await sql`create index talent_invitations_profile on talent_invitations (profile_id, created_at)`.execute(db);
  await sql`create index talent_invitations_expiry on talent_invitations (expires_at)`.execute(db);

  await sql`
    create table saved_talents (
      position_id uuid not null references positions(id) on delete cascade,
      profile_id uuid not null references applicant_profiles(id) on delete cascade,
      saved_by uuid references users(id) on delete set null,
      created_at timestamptz not null default now(),
      primary key (position_id, profile_id)
    )`.execute(db);
  await sql`create index saved_talents_profile on saved_talents (profile_id)`.execute(db);

  await sql`alter table application_messages add column released_at timestamptz`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table application_messages drop column if exists released_at`.execute(db);
  await sql`drop table if exists saved_talents`.execute(db);
  await sql`drop table if exists talent_invitations`.execute(db);
}
