import { sql, type Kysely } from 'kysely';

/**
 * Forms that create something carry a one-time submission key (core/http/submissions.ts): the first post with a
 * key claims it, and the answer it got (the address the browser was sent to) is kept, so a repeated post — a
 * retry after a timeout, a double click, a reload of the answer — gets the same answer instead of a second
 * record. Only a digest of the key is stored. Rows older than a day are deleted on the request path.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table if not exists form_submissions (
      key_hash text primary key,
      created_at timestamptz not null default now(),
      location text
    )`.execute(db);
  await sql`create index if not exists form_submissions_age on form_submissions (created_at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists form_submissions`.execute(db);
}
