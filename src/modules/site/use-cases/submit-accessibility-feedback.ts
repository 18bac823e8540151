import type { Kysely } from 'kysely';
import type { Database } from '../../../core/db/database.js';
import { getTranslator } from '../../../core/i18n/translator.js';
import type { LocaleCode } from '../../../core/i18n/locales.js';
import type { JobQueue } from '../../../core/jobs/boss.js';
import { enqueueMail } from '../../../core/mail/mailer.js';
import { OFFICE_CONTACT } from '../office.js';
import type { AccessibilityFeedbackInput } from '../schemas.js';

export interface SubmitAccessibilityFeedbackOptions {
  db: Kysely<Database>;
  queue: JobQueue;
  input: AccessibilityFeedbackInput;
  /** Language of the interface the feedback was written in. */
  locale: LocaleCode;
  /** Set when a signed-in user sent it, so account export and deletion include it. */
  userId: string | null;
}

/**
 * Stores a feedback and tells the office by mail. Both happen in one transaction: the office is
 * notified exactly about the feedback that was stored. The mail is in German, the office's language.
 */
export async function submitAccessibilityFeedback(
  options: SubmitAccessibilityFeedbackOptions,
): Promise<{ id: string }> {
  const { input } = options;
  const { t } = getTranslator('de');
  return options.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('accessibility_feedback')
      .values({
        message: input.message,
        page_url: input.pageUrl ?? null,
        contact_email: input.email ?? null,
        locale: options.locale,
        user_id: options.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const notGiven = t('legal.feedback.mail.not_given');
    await enqueueMail(options.queue, trx, {
      to: OFFICE_CONTACT.accessibilityEmail,
      subject: t('legal.feedback.mail.subject'),
      text: t('legal.feedback.mail.body', {
        id: row.id,
        page: input.pageUrl ?? notGiven,
        email: input.email ?? notGiven,
        locale: options.locale,
        signedIn: options.userId ? 'yes' : 'no',
        message: input.message,
      }),
    });
    return { id: row.id };
  });
}
