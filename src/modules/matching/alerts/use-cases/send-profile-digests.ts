import { sql } from 'kysely';
import type { AlertFrequency } from '../../../../core/db/schema.js';
import type { AppServices } from '../../../../core/http/types.js';
import { DEFAULT_LOCALE, isLocale } from '../../../../core/i18n/locales.js';
import { getTranslator } from '../../../../core/i18n/translator.js';
import { enqueueMail } from '../../../../core/mail/mailer.js';
import { berlinDay } from '../../mentoring/dates.js';
import { dueBefore } from './due.js';

/**
 * The companies' digest: for each open position of the subscriber's organisation, how many active
 * profiles created since the last digest are interested in its occupation and live within their
 * own travel radius of it. The mail carries counts and links to the candidate list only — no
 * pseudonym, no profile detail, and never an identity. The subscriber must still be a member of
 * the verified company; otherwise nothing is sent.
 */
export async function sendProfileDigests(options: { services: AppServices; now?: Date }): Promise<{ mailed: number }> {
  const { services } = options;
  const now = options.now ?? new Date();
  const today = berlinDay(now);
  let mailed = 0;
  for (const frequency of ['daily', 'weekly'] as AlertFrequency[]) {
    const due = dueBefore(frequency, now);
    const subscriptions = await services.db
      .selectFrom('profile_digest_subscriptions as s')
      .innerJoin('users as u', 'u.id', 's.user_id')
      .innerJoin('memberships as m', (join) => join.onRef('m.user_id', '=', 's.user_id').onRef('m.organisation_id', '=', 's.organisation_id'))
      .innerJoin('organisations as o', 'o.id', 's.organisation_id')
      .select(['s.user_id', 's.organisation_id', 's.locale', 'u.email', 'u.display_name'])
      .where('u.email_verified_at', 'is not', null)
      .where('o.type', '=', 'company')
      .where('o.verified_at', 'is not', null)
      .where('s.frequency', '=', frequency)
      .where('s.last_sent_at', '<', due)
      .orderBy('s.user_id')
      .execute();
    for (const subscription of subscriptions) {
      const sent = await services.db.transaction().execute(async (trx) => {
        const claimed = await trx
          .selectFrom('profile_digest_subscriptions')
          .select('last_sent_at')
          .where('user_id', '=', subscription.user_id)
          .where('last_sent_at', '<', due)
          .forUpdate()
          .skipLocked()
          .executeTakeFirst();
        if (!claimed) return false;
        await trx.updateTable('profile_digest_subscriptions').set({ last_sent_at: now }).where('user_id', '=', subscription.user_id).execute();
        const counts = await trx
          .selectFrom('positions as pos')
          .select((eb) => [
            'pos.id',
            'pos.title',
            eb
              .selectFrom('applicant_profiles as p')
              .select(eb.fn.countAll<number>().as('n'))
              .where('p.is_active', '=', true)
              .where('p.created_at', '>', claimed.last_sent_at)
              .where('p.created_at', '<=', now)
              .where(sql<boolean>`pos.occupation_id = any(p.interests)`)
              .where((inner) =>
                inner.exists(
                  inner
                    .selectFrom('postcode_distances as d')
                    .select('d.km')
                    .whereRef('d.from_postcode', '=', 'p.postcode')
                    .whereRef('d.to_postcode', '=', 'pos.postcode')
                    .whereRef('d.km', '<=', 'p.travel_km'),
                ),
              )
              .as('new_profiles'),
          ])
          .where('pos.organisation_id', '=', subscription.organisation_id)
          .where('pos.status', '=', 'published')
          .where(sql<boolean>`pos.deadline >= ${today}::date`)
          .orderBy('pos.title')
          .orderBy('pos.id')
          .execute();
        const matching = counts.map((row) => ({ ...row, count: Number(row.new_profiles ?? 0) })).filter((row) => row.count > 0);
        if (matching.length === 0) return false;
        const locale = isLocale(subscription.locale) ? subscription.locale : DEFAULT_LOCALE;
        const { t } = getTranslator(locale);
        const base = `${services.config.baseUrl}/${locale}`;
        const total = matching.reduce((sum, row) => sum + row.count, 0);
        const lines = matching.map((row) => `- ${t('matching_alerts.mails.profiles.line', { title: row.title, count: row.count })}\n  ${base}/stellen/${row.id}/kandidaten`);
        const values = { name: subscription.display_name, count: total, site: t('layout.site_name'), manage: `${base}/benachrichtigungen` };
        await enqueueMail(services.queue, trx, {
          to: subscription.email,
          subject: t('matching_alerts.mails.profiles.subject', values),
          text: [t('matching_alerts.mails.profiles.intro', values), lines.join('\n'), t('matching_alerts.mails.profiles.anonymous', values), t('matching_alerts.mails.manage', values)].join('\n\n'),
        });
        return true;
      });
      if (sent) mailed += 1;
    }
  }
  return { mailed };
}
