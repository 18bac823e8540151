import { sql, type Kysely } from 'kysely';

/**
 * Mail may carry files (an event's confirmation carries its iCalendar file). The development
 * outbox keeps them beside the text, as a list of { filename, contentType, content }, so what a
 * person would get by SMTP can be read and downloaded there too.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table dev_outbox add column attachments jsonb not null default '[]'::jsonb`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table dev_outbox drop column if exists attachments`.execute(db);
}
