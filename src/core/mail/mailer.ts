import nodemailer from 'nodemailer';
import type { Kysely } from 'kysely';
import type { Database, MailAttachmentRow } from '../db/database.js';
import { transactionalDb, type JobQueue } from '../jobs/boss.js';

export const SEND_MAIL_QUEUE = 'send-mail';

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
}

/** SMTP when configured; otherwise the development outbox, a table shown at /dev/outbox. */
export function createMailTransport(options: {
  smtpUrl: string | undefined;
  from: string;
  db: Kysely<Database>;
}): MailTransport {
  if (options.smtpUrl) {
    const transporter = nodemailer.createTransport(options.smtpUrl);
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

export async function enqueueMail(
  queue: JobQueue,
  db: Kysely<Database>,
  mail: OutgoingMail,
  retry = MAIL_RETRY,
): Promise<void> {
  await queue.send(SEND_MAIL_QUEUE, mail, { ...retry, db: transactionalDb(db) });
}

export async function startMailWorker(queue: JobQueue, transport: MailTransport): Promise<void> {
  await queue.createQueue(SEND_MAIL_QUEUE);
  await queue.work<OutgoingMail>(SEND_MAIL_QUEUE, async (jobs) => {
    for (const job of jobs) await transport.deliver(job.data);
  });
}
