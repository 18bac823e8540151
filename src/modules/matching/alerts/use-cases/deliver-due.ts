import type { Kysely, Selectable, Transaction } from 'kysely';
import type { AlertFrequency } from '../../tables.js';
import type { Database } from '../../../../core/db/database.js';
import type { AppServices } from '../../../../core/http/types.js';
import { DEFAULT_LOCALE, isLocale } from '../../../../core/i18n/locales.js';
import { getTranslator, type Translator } from '../../../../core/i18n/translator.js';
import { enqueueMail, type OutgoingMail } from '../../../../core/mail/mailer.js';
import { berlinDay } from '../../../../core/time/calendar-day.js';
import { dueBefore } from './due.js';
import { rowByRow } from './row-by-row.js';

/** The tables of mailed subscriptions, each with the column that names one subscription. */
const SUBSCRIPTION_KEYS = { position_alerts: 'id', profile_digest_subscriptions: 'user_id' } as const;

type SubscriptionTable = keyof typeof SUBSCRIPTION_KEYS;

/** What a list of due subscriptions carries about each: its key, and whom to mail in which language. */
export type DueSubscription<T extends SubscriptionTable> = Record<(typeof SUBSCRIPTION_KEYS)[T], string> & {
  locale: string;
  email: string;
  display_name: string;
};

/** The recipient's language, the link base `<baseUrl>/<locale>`, and the values every mail of this kind uses. */
export interface MailContext {
  t: Translator['t'];
  base: string;
  values: { name: string; site: string; manage: string };
}

/** A subscription claimed by this run: as listed by `findDue`, its locked row, and the run's moment and day in Berlin. */
export interface ClaimedSubscription<T extends SubscriptionTable, S extends DueSubscription<T>> {
  subscription: S;
  claimed: Selectable<Database[T]>;
  now: Date;
  today: string;
}

/** What differs between the kinds of mailed subscriptions: the rest is the same for all (see `deliverDue`). */
export interface DueDelivery<T extends SubscriptionTable, S extends DueSubscription<T>, News> {
  services: AppServices;
  now?: Date;
  table: T;
  /** The subscriptions of one frequency that may be due: those whose `last_sent_at` lies before `due`. */
  findDue: (db: Kysely<Database>, frequency: AlertFrequency, due: Date) => Promise<S[]>;
  /** What is new for one claimed subscription since its last mail (`claimed.last_sent_at`); null when nothing is. */
  collect: (trx: Transaction<Database>, claim: ClaimedSubscription<T, S>) => Promise<News | null>;
  /** The mail about what is new, in the recipient's language. */
  compose: (news: News, mail: MailContext) => Omit<OutgoingMail, 'to'>;
}

/**
 * Mails every due subscription of one kind, daily ones first, then weekly ones. Each subscription
 * is claimed in its own transaction — its row locked, and skipped while another run holds it — and
 * its `last_sent_at` moved to now in the same transaction as the mail is queued, so what is new is
 * mailed exactly once, even if the job runs twice. The mark moves even when nothing is new.
 *
 * One failing subscription does not silence the others (`rowByRow`): its transaction rolls back
 * (no mail, its mark stays), the failure is logged with the subscription's key only, and the run
 * goes on, then fails naming how many failed, so the job queue retries it; the retry skips what
 * was already mailed, whose marks have moved.
 */
export async function deliverDue<T extends SubscriptionTable, S extends DueSubscription<T>, News>(
  delivery: DueDelivery<T, S, News>,
): Promise<{ mailed: number }> {
  const { services } = delivery;
  const now = delivery.now ?? new Date();
  const today = berlinDay(now);
  let mailed = 0;
  const run = rowByRow(services.logger, 'could not be mailed and stays due');
  for (const frequency of ['daily', 'weekly'] as AlertFrequency[]) {
    const due = dueBefore(frequency, now);
    for (const subscription of await delivery.findDue(services.db, frequency, due)) {
      if (
        await run.attempt(rowOf(delivery.table, subscription), () =>
          deliverOne(delivery, subscription, { due, now, today }),
        )
      )
        mailed += 1;
    }
  }
  run.finish(
    (failed) =>
      `${delivery.table}: ${failed} due ${failed === 1 ? 'subscription' : 'subscriptions'} could not be mailed (${mailed} mailed), see the log`,
  );
  return { mailed };
}

/** Claims one subscription, moves its mark and queues its mail, all in one transaction; true when a mail was queued. */
async function deliverOne<T extends SubscriptionTable, S extends DueSubscription<T>, News>(
  delivery: DueDelivery<T, S, News>,
  subscription: S,
  run: { due: Date; now: Date; today: string },
): Promise<boolean> {
  const { services } = delivery;
  return services.db.transaction().execute(async (trx) => {
    const claimed = await claim(trx, delivery.table, subscription, run.due);
    if (!claimed) return false;
    await markSent(trx, delivery.table, subscription, run.now);
    const news = await delivery.collect(trx, { subscription, claimed, now: run.now, today: run.today });
    if (news === null) return false;
    const locale = isLocale(subscription.locale) ? subscription.locale : DEFAULT_LOCALE;
    const { t } = getTranslator(locale);
    const base = `${services.config.baseUrl}/${locale}`;
    const values = {
      name: subscription.display_name,
      site: t('layout.site_name'),
      manage: `${base}/benachrichtigungen`,
    };
    await enqueueMail(services.queue, trx, { to: subscription.email, ...delivery.compose(news, { t, base, values }) });
    return true;
  });
}

/** Locks the subscription if it is still due and no other run holds it; undefined otherwise. */
async function claim<T extends SubscriptionTable>(
  trx: Transaction<Database>,
  table: T,
  subscription: DueSubscription<T>,
  due: Date,
): Promise<Selectable<Database[T]> | undefined> {
  const row = rowOf(table, subscription);
  const claimed = await trx
    .selectFrom(row.table)
    .selectAll()
    .where(row.column, '=', row.value)
    .where('last_sent_at', '<', due)
    .forUpdate()
    .skipLocked()
    .executeTakeFirst();
  return claimed as Selectable<Database[T]> | undefined;
}

async function markSent<T extends SubscriptionTable>(
  trx: Transaction<Database>,
  table: T,
  subscription: DueSubscription<T>,
  now: Date,
): Promise<void> {
  const row = rowOf(table, subscription);
  await trx.updateTable(row.table).set({ last_sent_at: now }).where(row.column, '=', row.value).execute();
}

/**
 * The table and key of one subscription's row. The table is widened from the kind to any
 * subscription table, so that one query serves both; the columns it uses are in both.
 */
function rowOf<T extends SubscriptionTable>(
  table: T,
  subscription: DueSubscription<T>,
): { table: SubscriptionTable; column: (typeof SUBSCRIPTION_KEYS)[SubscriptionTable]; value: string } {
  const column = SUBSCRIPTION_KEYS[table];
  return { table, column, value: subscription[column] };
}
