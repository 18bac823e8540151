import { sql } from 'kysely';
import type { AlertFrequency } from '../../../../core/db/schema.js';
import type { AppServices } from '../../../../core/http/types.js';
import { DEFAULT_LOCALE, isLocale } from '../../../../core/i18n/locales.js';
import { getTranslator } from '../../../../core/i18n/translator.js';
import { enqueueMail } from '../../../../core/mail/mailer.js';
import { findOccupation } from '../../data/occupations.js';
import { berlinDay } from '../../mentoring/dates.js';
import { dueBefore } from './due.js';

/** At most this many positions are listed in one mail; the link shows all of them. */
const LISTED = 10;

/**
 * Daily and weekly mails about new positions for applicants' alerts: positions published since the
 * last mail, still open, that pass the alert's filters (occupations, cities, kinds; an empty filter
 * lets everything through). The mail is queued and `last_sent_at` moved in one transaction per
 * alert, so a position is mailed exactly once, even if the job runs twice.
 */
export async function sendPositionAlerts(options: { services: AppServices; now?: Date }): Promise<{ mailed: number }> {
  const { services } = options;
  const now = options.now ?? new Date();
  const today = berlinDay(now);
  let mailed = 0;
  for (const frequency of ['daily', 'weekly'] as AlertFrequency[]) {
    const due = dueBefore(frequency, now);
    const alerts = await services.db
      .selectFrom('position_alerts as a')
      .innerJoin('users as u', 'u.id', 'a.user_id')
      .select(['a.id', 'a.locale', 'u.email', 'u.display_name'])
      .where('u.email_verified_at', 'is not', null)
      .where('a.frequency', '=', frequency)
      .where('a.last_sent_at', '<', due)
      .orderBy('a.id')
      .execute();
    for (const alert of alerts) {
      const sent = await services.db.transaction().execute(async (trx) => {
        const claimed = await trx
          .selectFrom('position_alerts')
          .select(['last_sent_at', 'occupations', 'cities', 'kinds'])
          .where('id', '=', alert.id)
          .where('last_sent_at', '<', due)
          .forUpdate()
          .skipLocked()
          .executeTakeFirst();
        if (!claimed) return false;
        await trx.updateTable('position_alerts').set({ last_sent_at: now }).where('id', '=', alert.id).execute();
        let query = trx
          .selectFrom('positions')
          .where('status', '=', 'published')
          .where('published_at', '>', claimed.last_sent_at)
          .where('published_at', '<=', now)
          .where(sql<boolean>`deadline >= ${today}::date`);
        if (claimed.occupations.length > 0) query = query.where('occupation_id', 'in', claimed.occupations);
        if (claimed.cities.length > 0) query = query.where(sql<boolean>`city = any(${sql.val(claimed.cities)}::text[])`);
        if (claimed.kinds.length > 0) query = query.where(sql<boolean>`kind = any(${sql.val(claimed.kinds)}::text[])`);
        const { n } = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
        const count = Number(n);
        if (count === 0) return false;
        const positions = await query.select(['id', 'title', 'occupation_id', 'city']).orderBy('published_at', 'desc').orderBy('id').limit(LISTED).execute();
        const locale = isLocale(alert.locale) ? alert.locale : DEFAULT_LOCALE;
        const { t } = getTranslator(locale);
        const base = `${services.config.baseUrl}/${locale}`;
        const lines = positions.map((p) => `- ${p.title} (${findOccupation(p.occupation_id)?.name ?? p.occupation_id}, ${t(`organisations.cities.${p.city}`)})\n  ${base}/stellen/${p.id}`);
        const values = { name: alert.display_name, count, site: t('layout.site_name'), manage: `${base}/benachrichtigungen` };
        await enqueueMail(services.queue, trx, {
          to: alert.email,
          subject: t('matching_alerts.mails.positions.subject', values),
          text: [
            t('matching_alerts.mails.positions.intro', values),
            lines.join('\n'),
            ...(count > positions.length ? [t('matching_alerts.mails.positions.more', { ...values, shown: positions.length })] : []),
            t('matching_alerts.mails.manage', values),
          ].join('\n\n'),
        });
        return true;
      });
      if (sent) mailed += 1;
    }
  }
  return { mailed };
}
