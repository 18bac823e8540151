import { sql } from 'kysely';
import type { AppServices } from '../../../../core/http/types.js';
import { findOccupation } from '../../data/index.js';
import { deliverDue } from './deliver-due.js';

/** At most this many positions are listed in one mail; the link shows all of them. */
const LISTED = 10;

/**
 * Daily and weekly mails about new positions for applicants' alerts: positions published since the
 * last mail, still open, that pass the alert's filters (occupations, cities, kinds; an empty filter
 * lets everything through). The mail is queued and `last_sent_at` moved in one transaction per
 * alert (deliver-due.ts), so a position is mailed exactly once, even if the job runs twice.
 */
export async function sendPositionAlerts(options: { services: AppServices; now?: Date }): Promise<{ mailed: number }> {
  return deliverDue({
    ...options,
    table: 'position_alerts',
    findDue: (db, frequency, due) =>
      db
        .selectFrom('position_alerts as a')
        .innerJoin('users as u', 'u.id', 'a.user_id')
        .select(['a.id', 'a.locale', 'u.email', 'u.display_name'])
        .where('u.email_verified_at', 'is not', null)
        .where('a.frequency', '=', frequency)
        .where('a.last_sent_at', '<', due)
        .orderBy('a.id')
        .execute(),
    collect: async (trx, { claimed, now, today }) => {
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
      if (count === 0) return null;
      const positions = await query
        .select(['id', 'title', 'occupation_id', 'city'])
        .orderBy('published_at', 'desc')
        .orderBy('id')
        .limit(LISTED)
        .execute();
      return { count, positions };
    },
    compose: ({ count, positions }, { t, base, values: common }) => {
      const values = { ...common, count };
      const lines = positions.map(
        (p) =>
          `- ${p.title} (${findOccupation(p.occupation_id)?.name ?? p.occupation_id}, ${t(`organisations.cities.${p.city}`)})\n  ${base}/stellen/${p.id}`,
      );
      return {
        subject: t('matching_alerts.mails.positions.subject', values),
        text: [
          t('matching_alerts.mails.positions.intro', values),
          lines.join('\n'),
          ...(count > positions.length
            ? [t('matching_alerts.mails.positions.more', { ...values, shown: positions.length })]
            : []),
          t('matching_alerts.mails.manage', values),
        ].join('\n\n'),
      };
    },
  });
}
