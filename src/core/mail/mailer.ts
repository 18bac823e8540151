import nodemailer from 'nodemailer';
import { sql, type Kysely } from 'kysely';
import type { FastifyBaseLogger } from 'fastify';
import type { Job } from 'pg-boss';
import type { Database, MailAttachmentRow } from '../db/database.js';
import { JOB_SCHEMA, loggableError, transactionalDb, type JobQueue } from '../jobs/boss.js';
import { minutes } from '../time/durations.js';
import { mailDigest, normaliseAddress, seal, unseal } from './sealed-mail.js';

/** Notifications and every other mail. */
export const SEND_MAIL_QUEUE = 'send-mail';
/** Account mails (confirmation, password reset): their own queue and worker, never behind notifications. */
export const ACCOUNT_MAIL_QUEUE = 'send-account-mail';
export const MAIL_QUEUES = [ACCOUNT_MAIL_QUEUE, SEND_MAIL_QUEUE] as const;

/** Notifications of one bundle (a conversation, to one recipient) go out at most once per quarter hour. */
export const BUNDLE_WINDOW_MS = minutes(15);

/** A file sent with a mail: text content (an iCalendar file), its name and media type. */
export type MailAttachment = MailAttachmentRow;

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  attachments?: MailAttachment[];
}

export interface MailTransport {
  deliver(mail: OutgoingMail): Promise<void>;
  /** Closes pooled connections (SMTP); the worker's queue is stopped first. */
  close?(): void;
}

/** Open SMTP connections at most; mails of a batch share them. */
export const SMTP_POOL_CONNECTIONS = 3;

/** SMTP over a pool of connections when configured; otherwise the development outbox, a table shown at /dev/outbox. */
export function createMailTransport(options: {
  smtpUrl: string | undefined;
  from: string;
  db: Kysely<Database>;
}): MailTransport {
  if (options.smtpUrl) {
    const transporter = nodemailer.createTransport({
      url: options.smtpUrl,
      pool: true,
      maxConnections: SMTP_POOL_CONNECTIONS,
    });
    return {
      deliver: async (mail) => {
        await transporter.sendMail({
          from: options.from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          attachments: (mail.attachments ?? []).map((file) => ({
            filename: file.filename,
            contentType: file.contentType,
            content: file.content,
          })),
        });
      },
      close: () => transporter.close(),
    };
  }
  return {
    deliver: async (mail) => {
      await options.db
        .insertInto('dev_outbox')
        .values({
          to_address: mail.to,
          subject: mail.subject,
          text_body: mail.text,
          attachments: JSON.stringify(mail.attachments ?? []),
        })
        .execute();
    },
  };
}

/**
 * Mail leaves through a background job with retries: a mail server that is down delays mail
 * and loses none. Pass the transaction so the mail exists exactly when the change commits.
 */
export const MAIL_RETRY = { retryLimit: 20, retryDelay: 30, retryBackoff: true };

export interface EnqueueMailOptions {
  /** 'account' for confirmation and reset mails: delivered by their own worker, first. */
  priority?: 'account' | 'notification';
  /**
   * Notifications with the same bundle (e.g. `application-messages:<id>`) to the same recipient go
   * out once per quarter hour: while one waits, another is not queued; one sent less than a quarter
   * hour ago makes the next wait until the quarter hour is over. The text must therefore not
   * depend on the single event (say "new messages are waiting", not which).
   */
  bundle?: string;
  retry?: typeof MAIL_RETRY;
}

/** What a mail job carries: only the id of the sealed mail in `mail_queue`. */
interface MailJob {
  mailId?: string;
}

/**
 * Queues a mail: the mail itself is sealed in `mail_queue`, the job names only its id, and the
 * row is deleted once the mail is delivered.
 */
export async function enqueueMail(
  queue: JobQueue,
  db: Kysely<Database>,
  mail: OutgoingMail,
  options: EnqueueMailOptions = {},
): Promise<void> {
  const name = options.priority === 'account' ? ACCOUNT_MAIL_QUEUE : SEND_MAIL_QUEUE;
  let startAfter: Date | undefined;
  let bundleDigest: string | null = null;
  if (options.bundle) {
    bundleDigest = mailDigest('bundle', `${options.bundle}\n${normaliseAddress(mail.to)}`);
    // Two transactions notifying the same bundle at once queue one mail, not two.
    await sql`select pg_advisory_xact_lock(hashtext(${bundleDigest}))`.execute(db);
    const waiting = await db
      .selectFrom('mail_queue')
      .select('id')
      .where('bundle_digest', '=', bundleDigest)
      .executeTakeFirst();
    if (waiting) return;
    const last = await db
      .selectFrom('mail_bundles')
      .select('last_sent_at')
      .where('digest', '=', bundleDigest)
      .executeTakeFirst();
    const nextAllowed = last ? last.last_sent_at.getTime() + BUNDLE_WINDOW_MS : 0;
    if (nextAllowed > Date.now()) startAfter = new Date(nextAllowed);
  }
  const row = await db
    .insertInto('mail_queue')
    .values({
      queue: name,
      recipient_digest: mailDigest('recipient', normaliseAddress(mail.to)),
      bundle_digest: bundleDigest,
      sealed: seal(mail),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const job: MailJob = { mailId: row.id };
  await queue.send(name, job, {
    ...(options.retry ?? MAIL_RETRY),
    ...(startAfter ? { startAfter } : {}),
    db: transactionalDb(db),
  });
}

/** Mails a worker takes from its queue at once and hands to the transport together. */
export const MAIL_BATCH_SIZE = 20;

const ADDRESS = /[^\s<>"'(),;:]+@[^\s<>"'(),;:]+/g;

/** A delivery error as the log may keep it: a mail server's answer often quotes the address. */
function loggableDeliveryError(error: unknown): Error {
  const copy = loggableError(error);
  copy.message = copy.message.replace(ADDRESS, '<address>');
  copy.stack = copy.stack?.replace(ADDRESS, '<address>');
  return copy;
}

/** Mail jobs queued before migration 019 carried the mail itself; they are delivered as they are. */
function isLegacyMail(data: unknown): data is OutgoingMail {
  return typeof data === 'object' && data !== null && 'to' in data && 'subject' in data && !('mailId' in data);
}

/**
 * Delivers one job's mail once: a mail whose row is gone was delivered by an earlier attempt of
 * its batch (or erased with its recipient) and is not sent again.
 */
async function deliverJob(db: Kysely<Database>, transport: MailTransport, job: Job<MailJob>): Promise<void> {
  if (isLegacyMail(job.data)) {
    await transport.deliver(job.data);
    // Emptied at once: the job no longer holds the mail, and a retry of its batch sends nothing.
    await sql`update ${sql.table(`${JOB_SCHEMA}.job`)} set data = '{}'::jsonb where id = ${job.id}`.execute(db);
    return;
  }
  const mailId = job.data.mailId;
  if (!mailId) return;
  const row = await db
    .selectFrom('mail_queue')
    .select(['sealed', 'bundle_digest'])
    .where('id', '=', mailId)
    .executeTakeFirst();
  if (!row) return;
  await transport.deliver(unseal(row.sealed) as OutgoingMail);
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('mail_queue').where('id', '=', mailId).execute();
    if (row.bundle_digest)
      await trx
        .insertInto('mail_bundles')
        .values({ digest: row.bundle_digest, last_sent_at: new Date() })
        .onConflict((conflict) => conflict.column('digest').doUpdateSet({ last_sent_at: new Date() }))
        .execute();
  });
}

/**
 * The jobs of a batch in the order their mails were queued: pg-boss picks the oldest jobs but hands
 * them over in no particular order. Jobs without a waiting mail (legacy, delivered, erased) go first.
 */
async function inQueueOrder(db: Kysely<Database>, jobs: Job<MailJob>[]): Promise<Job<MailJob>[]> {
  const ids = jobs.flatMap((job) => (job.data.mailId ? [job.data.mailId] : []));
  if (ids.length === 0) return jobs;
  const rows = await db
    .selectFrom('mail_queue')
    .select(['id', 'created_at'])
    .where('id', 'in', ids)
    .orderBy('created_at')
    .execute();
  const position = new Map(rows.map((row, index) => [row.id, index]));
  const rank = (job: Job<MailJob>) => (job.data.mailId ? (position.get(job.data.mailId) ?? -1) : -1);
  return [...jobs].sort((a, b) => rank(a) - rank(b));
}

/**
 * One worker per mail queue (account mails first), each taking up to MAIL_BATCH_SIZE jobs at once
 * and handing their mails to the transport together (SMTP: over its pool of connections). A failed
 * mail is logged (without its address) and its batch retried; the batch's delivered mails are not
 * sent twice, as their rows are gone.
 */
export async function startMailWorker(
  queue: JobQueue,
  transport: MailTransport,
  options: { db: Kysely<Database>; logger?: FastifyBaseLogger; batchSize?: number },
): Promise<void> {
  for (const name of MAIL_QUEUES) {
    await queue.createQueue(name);
    await queue.work<MailJob>(name, { batchSize: options.batchSize ?? MAIL_BATCH_SIZE }, async (jobs) => {
      // One after the other, in the order they were queued (mails to one person arrive in that order),
      // over the transport's open connection; a failed mail does not stop the others.
      let failed = 0;
      for (const job of await inQueueOrder(options.db, jobs)) {
        try {
          await deliverJob(options.db, transport, job);
        } catch (error) {
          failed += 1;
          options.logger?.warn(
            { err: loggableDeliveryError(error), queue: name, job: job.id },
            'mail delivery failed; it is retried',
          );
        }
      }
      if (failed > 0) throw new Error(`${failed} of ${jobs.length} mails not delivered; retried later`);
    });
  }
}
