import { sql } from 'kysely';
import type { AppServices } from '../../../../core/http/types.js';
import { deliverDue } from './deliver-due.js';

/**
 * The companies' digest: for each open position of the subscriber's organisation, how many active
 * profiles created since the last digest are interested in its occupation and live within their
 * own travel radius of it. The mail carries counts and links to the candidate list only — no
 * pseudonym, no profile detail, and never an identity. The subscriber must still be a member of
 * the verified company; otherwise nothing is sent.
 */
export async function sendProfileDigests(options: { services: AppServices; now?: Date }): Promise<{ mailed: number }> {
  return deliverDue({
    ...options,
    table: 'profile_digest_subscriptions',
    findDue: (db, frequency, due) =>
      db
        .selectFrom('profile_digest_subscriptions as s')
        .innerJoin('users as u', 'u.id', 's.user_id')
        .innerJoin('memberships as m', (join) =>
          join.onRef('m.user_id', '=', 's.user_id').onRef('m.organisation_id', '=', 's.organisation_id'),
        )
        .innerJoin('organisations as o', 'o.id', 's.organisation_id')
        .select(['s.user_id', 's.organisation_id', 's.locale', 'u.email', 'u.display_name'])
        .where('u.email_verified_at', 'is not', null)
        .where('o.type', '=', 'company')
        .where('o.verified_at', 'is not', null)
        .where('s.frequency', '=', frequency)
        .where('s.last_sent_at', '<', due)
        .orderBy('s.user_id')
        .execute(),
    collect: async (trx, { subscription, claimed, now, today }) => {
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
      const matching = counts
        .map((row) => ({ ...row, count: Number(row.new_profiles ?? 0) }))
        .filter((row) => row.count > 0);
      return matching.length > 0 ? matching : null;
    },
    compose: (matching, { t, base, values: common }) => {
      const values = { ...common, count: matching.reduce((sum, row) => sum + row.count, 0) };
      const lines = matching.map(
        (row) =>
          `- ${t('matching_alerts.mails.profiles.line', { title: row.title, count: row.count })}\n  ${base}/stellen/${row.id}/kandidaten`,
      );
      return {
        subject: t('matching_alerts.mails.profiles.subject', values),
        text: [
          t('matching_alerts.mails.profiles.intro', values),
          lines.join('\n'),
          t('matching_alerts.mails.profiles.anonymous', values),
          t('matching_alerts.mails.manage', values),
        ].join('\n\n'),
      };
    },
  });
}
