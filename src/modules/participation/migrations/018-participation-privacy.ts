import { sql, type Kysely } from 'kysely';

/**
 * Participation as a personal-data source (decision 023):
 * - a nomination records when its sender consented and, when the sender was signed in, the account it came from
 *   (so the entry is part of that account's export and erasure);
 * - the sender's name and address may be erased while the entry stays (a winner's entry stays with its story),
 *   so both become nullable; the length checks still hold for what is stored;
 * - the retention purge finds a forum's participants and a round's entries by the forum's end and the closing day.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table participation_award_entries alter column submitter_name drop not null`.execute(db);
  await sql`alter table participation_award_entries alter column submitter_email drop not null`.execute(db);
  await sql`alter table participation_award_entries add column consented_at timestamptz`.execute(db);
  await sql`
    alter table participation_award_entries
      add column submitter_user_id uuid references users(id) on delete set null`.execute(db);
  await sql`
    create index participation_award_entries_submitter on participation_award_entries (submitter_user_id)
      where submitter_user_id is not null`.execute(db);
  await sql`
    create index participation_award_entries_submitter_email on participation_award_entries (lower(submitter_email))
      where submitter_email is not null`.execute(db);
  await sql`create index participation_forums_ends_at on participation_forums (ends_at)`.execute(db);
}
