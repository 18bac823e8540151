import { sql } from 'kysely';
import type { PersonalDataSource } from '../../../core/privacy/registry.js';
import { days } from '../../../core/time/durations.js';

/** Retention limits: how long mentoring records stay after they ended. */
export const MENTORING_RETENTION = {
  /** Ended mentorships with their session log and problem reports. */
  endedMentorshipMonths: 24,
  /** Closed help requests against drop-outs. */
  closedHelpMonths: 12,
  /** Withdrawn requests and closed offers nobody was matched with. */
  unusedMonths: 6,
} as const;

const before = (now: Date, months: number) => new Date(now.getTime() - days(months * 30));

/**
 * Mentoring data of one person: their offers, requests, mentorships (with the sessions they
 * logged and the problems they reported) and their confidential help requests.
 */
export const mentoringSource: PersonalDataSource = {
  id: 'mentoring',
  purposeKey: 'matching_mentoring.privacy.purpose',
  retentionKey: 'matching_mentoring.privacy.retention',
  async export(db, userId) {
    const offers = await db
      .selectFrom('mentorship_offers')
      .select(['audience', 'mentor_kind', 'focus', 'cities', 'languages', 'capacity', 'note', 'status', 'created_at'])
      .where('mentor_user_id', '=', userId)
      .orderBy('created_at')
      .execute();
    const requests = await db
      .selectFrom('mentorship_requests')
      .select(['audience', 'focus', 'city', 'languages', 'note', 'status', 'created_at'])
      .where('requester_user_id', '=', userId)
      .orderBy('created_at')
      .execute();
    const sessions = await db
      .selectFrom('mentorship_sessions')
      .select([sql<string>`to_char(held_on, 'YYYY-MM-DD')`.as('held_on'), 'topic', 'note', 'created_at'])
      .where('author_user_id', '=', userId)
      .orderBy('created_at')
      .execute();
    const problemReports = await db
      .selectFrom('mentorship_problem_reports')
      .select(['description', 'status', 'created_at'])
      .where('reporter_user_id', '=', userId)
      .orderBy('created_at')
      .execute();
    const helpRequests = await db
      .selectFrom('dropout_help_requests')
      .select(['situation', 'reachable', 'status', 'created_at', 'assigned_at', 'closed_at'])
      .where('user_id', '=', userId)
      .orderBy('created_at')
      .execute();
    return { offers, requests, sessions, problem_reports: problemReports, help_requests: helpRequests };
  },
  async erase(db, userId) {
    // Mentorships of the person's offers and requests go with them (cascade), logs included.
    await db.deleteFrom('mentorship_offers').where('mentor_user_id', '=', userId).execute();
    await db.deleteFrom('mentorship_requests').where('requester_user_id', '=', userId).execute();
    await db.deleteFrom('dropout_help_requests').where('user_id', '=', userId).execute();
    // What they wrote in other people's mentorships (as coordinator) keeps its content, not their name.
    await db
      .updateTable('mentorship_sessions')
      .set({ author_user_id: null })
      .where('author_user_id', '=', userId)
      .execute();
    await db
      .updateTable('mentorship_problem_reports')
      .set({ reporter_user_id: null })
      .where('reporter_user_id', '=', userId)
      .execute();
  },
  async purgeExpired(db, now) {
    let removed = 0;
    const ended = await db
      .deleteFrom('mentorship_requests')
      .where('id', 'in', (eb) =>
        eb
          .selectFrom('mentorships')
          .select('request_id')
          .where('status', '=', 'ended')
          .where('ended_at', '<', before(now, MENTORING_RETENTION.endedMentorshipMonths)),
      )
      .executeTakeFirst();
    removed += Number(ended.numDeletedRows);
    const withdrawn = await db
      .deleteFrom('mentorship_requests')
      .where('status', '=', 'withdrawn')
      .where('updated_at', '<', before(now, MENTORING_RETENTION.unusedMonths))
      .executeTakeFirst();
    removed += Number(withdrawn.numDeletedRows);
    const closedOffers = await db
      .deleteFrom('mentorship_offers')
      .where('status', '=', 'closed')
      .where('updated_at', '<', before(now, MENTORING_RETENTION.unusedMonths))
      .where((eb) =>
        eb.not(
          eb.exists(
            eb.selectFrom('mentorships').select('id').whereRef('mentorships.offer_id', '=', 'mentorship_offers.id'),
          ),
        ),
      )
      .executeTakeFirst();
    removed += Number(closedOffers.numDeletedRows);
    const help = await db
      .deleteFrom('dropout_help_requests')
      .where('status', '=', 'closed')
      .where('closed_at', '<', before(now, MENTORING_RETENTION.closedHelpMonths))
      .executeTakeFirst();
    removed += Number(help.numDeletedRows);
    return removed;
  },
};
