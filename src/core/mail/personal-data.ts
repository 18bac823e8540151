import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { PersonalDataSource } from '../privacy/registry.js';
import { days } from '../time/durations.js';
import { mailDigest, normaliseAddress, unseal } from './sealed-mail.js';
import type { OutgoingMail } from './mailer.js';

/** A mail not delivered within a week is dropped: its links have expired and its news is old. */
export const MAIL_QUEUE_RETENTION_DAYS = 7;
/** Mails in the development outbox are kept two weeks. */
export const DEV_OUTBOX_RETENTION_DAYS = 14;
/** Shorter names than this are not searched in other people's mails: they would match too much. */
const MIN_NAME_LENGTH = 4;

async function personOf(db: Kysely<Database>, userId: string) {
  const user = await db
    .selectFrom('users')
    .select(['email', 'display_name'])
    .where('id', '=', userId)
    .executeTakeFirst();
  return user ? { email: normaliseAddress(user.email), name: user.display_name.trim() } : null;
}

/**
 * Mail waiting for delivery (sealed, deleted once delivered) and, in development, the outbox
 * that stands in for everyone's mailbox. Erasure removes the person's waiting mails and every
 * outbox mail to them or naming them; mails queued to them afterwards (the confirmation that the
 * account was deleted) are deleted once delivered.
 */
export const mailPersonalData: PersonalDataSource = {
  id: 'mail',
  purposeKey: 'privacy.mail.purpose',
  retentionKey: 'privacy.mail.retention',
  async export(db, userId) {
    const person = await personOf(db, userId);
    if (!person) return { waiting: [], development_outbox: [] };
    const waiting = await db
      .selectFrom('mail_queue')
      .select(['sealed', 'created_at'])
      .where('recipient_digest', '=', mailDigest('recipient', person.email))
      .orderBy('created_at')
      .execute();
    const outbox = await db
      .selectFrom('dev_outbox')
      .select(['at', 'subject', 'text_body'])
      .where(sql<boolean>`lower(trim(to_address)) = ${person.email}`)
      .orderBy('at')
      .execute();
    return {
      waiting: waiting.map((row) => {
        const mail = unseal(row.sealed) as OutgoingMail;
        return { queued_at: row.created_at, subject: mail.subject, text: mail.text };
      }),
      development_outbox: outbox.map((row) => ({ at: row.at, subject: row.subject, text: row.text_body })),
    };
  },
  async erase(db, userId) {
    const person = await personOf(db, userId);
    if (!person) return;
    await db.deleteFrom('mail_queue').where('recipient_digest', '=', mailDigest('recipient', person.email)).execute();
    await db
      .deleteFrom('dev_outbox')
      .where((eb) =>
        eb.or([
          sql<boolean>`lower(trim(to_address)) = ${person.email}`,
          sql<boolean>`position(${person.email} in lower(subject || ' ' || text_body)) > 0`,
          ...(Array.from(person.name).length >= MIN_NAME_LENGTH
            ? [sql<boolean>`position(${person.name.toLowerCase()} in lower(subject || ' ' || text_body)) > 0`]
            : []),
        ]),
      )
      .execute();
  },
  async purgeExpired(db, now) {
    const queued = await db
      .deleteFrom('mail_queue')
      .where('created_at', '<', new Date(now.getTime() - days(MAIL_QUEUE_RETENTION_DAYS)))
      .executeTakeFirst();
    await db
      .deleteFrom('mail_bundles')
      .where('last_sent_at', '<', new Date(now.getTime() - days(1)))
      .execute();
    const outbox = await db
      .deleteFrom('dev_outbox')
      .where('at', '<', new Date(now.getTime() - days(DEV_OUTBOX_RETENTION_DAYS)))
      .executeTakeFirst();
    return Number(queued.numDeletedRows) + Number(outbox.numDeletedRows);
  },
};
