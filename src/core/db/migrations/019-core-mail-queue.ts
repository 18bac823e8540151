import { sql, type Kysely } from 'kysely';

/**
 * Mail waits for delivery in `mail_queue`, sealed (AES-256-GCM, core/mail/sealed-mail.ts): the job
 * queue's rows only name a mail's id, and a mail's row is deleted once it is delivered, so neither
 * a confirmation or reset link nor an address stays in the database after delivery. The recipient
 * is findable for export and erasure by a keyed digest of the address only. `bundle_digest` groups
 * notification mails (one per conversation and recipient per quarter hour); `mail_bundles` keeps
 * when each bundle last went out.
 *
 * Mail jobs queued before this migration carried the mail itself; the ones already finished still
 * held addresses and links, so their data is emptied here (waiting ones are delivered as they are).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table mail_queue (
      id uuid primary key default gen_random_uuid(),
      queue text not null,
      recipient_digest text not null,
      bundle_digest text,
      sealed text not null,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index mail_queue_recipient on mail_queue (recipient_digest)`.execute(db);
  await sql`create index mail_queue_bundle on mail_queue (bundle_digest) where bundle_digest is not null`.execute(db);
  await sql`create index mail_queue_created on mail_queue (created_at)`.execute(db);
  await sql`
    create table mail_bundles (
      digest text primary key,
      last_sent_at timestamptz not null
    )`.execute(db);
  await sql`
    do $$
    begin
      if to_regclass('pgboss.job') is not null then
        update pgboss.job set data = '{}'::jsonb
        where name = 'send-mail' and state in ('completed', 'failed', 'cancelled');
      end if;
    end $$`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists mail_bundles`.execute(db);
  await sql`drop table if exists mail_queue`.execute(db);
}
