import { sql, type Kysely } from 'kysely';
import type { Database } from '../../core/db/database.js';
import type { PersonalDataSource } from '../../core/privacy/registry.js';

/** A decided award round's entries are kept twelve months after its closing day (decision 023). */
export const NOMINATION_RETENTION_MONTHS = 12;
/** Names on a forum's participant list are replaced by numbers six months after the forum ended. */
export const PARTICIPANT_NAME_RETENTION_MONTHS = 6;

const monthsBefore = (now: Date, months: number): Date => {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff;
};

async function emailOf(db: Kysely<Database>, userId: string): Promise<string | null> {
  const user = await db.selectFrom('users').select('email').where('id', '=', userId).executeTakeFirst();
  return user?.email ?? null;
}

/**
 * The entries a person sent: from their account, or (sent without signing in) from the address their account
 * now has. A confirmed account address is the same person's address, so both belong to the export and erasure.
 */
async function sentEntries(db: Kysely<Database>, userId: string) {
  const email = await emailOf(db, userId);
  return db
    .selectFrom('participation_award_entries as e')
    .innerJoin('participation_award_rounds as r', 'r.id', 'e.round_id')
    .select([
      'e.id',
      'r.year',
      'e.kind',
      'e.business_name',
      'e.city',
      'e.submitter_name',
      'e.submitter_email',
      'e.consented_at',
      'e.created_at',
      'e.eligibility',
      'e.winner',
    ])
    .where((eb) =>
      eb.or([
        eb('e.submitter_user_id', '=', userId),
        ...(email ? [eb(sql<string>`lower(e.submitter_email)`, '=', email.toLowerCase())] : []),
      ]),
    )
    .orderBy('e.created_at')
    .execute();
}

/**
 * Nominations and self-applications for the award: the sender's name and address, and (self-applications) the
 * founder's own path. Erasure forgets the sender of a nomination and deletes a self-application, except a
 * winner's, whose story is already public with the winner's agreement: there only the contact goes. The
 * retention purge deletes a decided round's entries a year after the closing day and keeps winners without contact.
 */
export const nominationsPersonalData: PersonalDataSource = {
  id: 'participation_nominations',
  purposeKey: 'participation_privacy.nominations.purpose',
  retentionKey: 'participation_privacy.nominations.retention',
  async export(db, userId) {
    return (await sentEntries(db, userId)).map(({ id: _id, ...entry }) => entry);
  },
  async erase(db, userId) {
    const entries = await sentEntries(db, userId);
    const selfApplications = entries.filter((entry) => entry.kind === 'self' && !entry.winner).map((entry) => entry.id);
    if (selfApplications.length > 0)
      await db.deleteFrom('participation_award_entries').where('id', 'in', selfApplications).execute();
    const kept = entries.filter((entry) => !selfApplications.includes(entry.id)).map((entry) => entry.id);
    if (kept.length > 0)
      await db
        .updateTable('participation_award_entries')
        .set({ submitter_name: null, submitter_email: null, submitter_user_id: null })
        .where('id', 'in', kept)
        .execute();
  },
  async purgeExpired(db, now) {
    const expiredRounds = db
      .selectFrom('participation_award_rounds')
      .select('id')
      .where('status', '=', 'decided')
      .where(sql<string>`closes_on`, '<', monthsBefore(now, NOMINATION_RETENTION_MONTHS).toISOString().slice(0, 10));
    const deleted = await db
      .deleteFrom('participation_award_entries')
      .where('round_id', 'in', expiredRounds)
      .where('winner', '=', false)
      .executeTakeFirst();
    const anonymised = await db
      .updateTable('participation_award_entries')
      .set({ submitter_name: null, submitter_email: null, submitter_user_id: null })
      .where('round_id', 'in', expiredRounds)
      .where('winner', '=', true)
      .where((eb) => eb.or([eb('submitter_name', 'is not', null), eb('submitter_email', 'is not', null)]))
      .executeTakeFirst();
    return Number(deleted.numDeletedRows) + Number(anonymised.numUpdatedRows);
  },
};

/**
 * The jury: who sat on which year's jury, the conflicts they declared and the scores they gave. Scores are a
 * juror's own assessment; erasure deletes them with the seat (a decided round keeps its published winners).
 * Who checked an entry's eligibility or invited a juror is forgotten, the decision stays.
 */
export const juryPersonalData: PersonalDataSource = {
  id: 'participation_jury',
  purposeKey: 'participation_privacy.jury.purpose',
  retentionKey: 'participation_privacy.jury.retention',
  async export(db, userId) {
    const seats = await db
      .selectFrom('participation_jurors as j')
      .innerJoin('participation_award_rounds as r', 'r.id', 'j.round_id')
      .select(['r.year', 'j.created_at'])
      .where('j.user_id', '=', userId)
      .orderBy('r.year')
      .execute();
    const conflicts = await db
      .selectFrom('participation_conflicts as c')
      .innerJoin('participation_award_entries as e', 'e.id', 'c.entry_id')
      .select(['e.business_name', 'c.declared_at'])
      .where('c.user_id', '=', userId)
      .orderBy('c.declared_at')
      .execute();
    const scores = await db
      .selectFrom('participation_scores as s')
      .innerJoin('participation_score_submissions as sub', (join) =>
        join.onRef('sub.entry_id', '=', 's.entry_id').onRef('sub.user_id', '=', 's.user_id'),
      )
      .innerJoin('participation_award_entries as e', 'e.id', 's.entry_id')
      .select(['e.business_name', 's.criterion', 's.score', 'sub.submitted_at'])
      .where('s.user_id', '=', userId)
      .orderBy('sub.submitted_at')
      .orderBy('e.business_name')
      .orderBy('s.criterion')
      .execute();
    return { seats, conflicts, scores };
  },
  async erase(db, userId) {
    await db.deleteFrom('participation_score_submissions').where('user_id', '=', userId).execute();
    await db.deleteFrom('participation_conflicts').where('user_id', '=', userId).execute();
    await db.deleteFrom('participation_jurors').where('user_id', '=', userId).execute();
    await db.updateTable('participation_jurors').set({ invited_by: null }).where('invited_by', '=', userId).execute();
    await db
      .updateTable('participation_award_entries')
      .set({ checked_by: null })
      .where('checked_by', '=', userId)
      .execute();
    await db
      .updateTable('participation_award_rounds')
      .set({ created_by: null })
      .where('created_by', '=', userId)
      .execute();
  },
};

/**
 * Forums: who organised one, and the names participants registered under (no account: a name and a one-time
 * code). Those names cannot be tied to an account; they are replaced by numbers six months after the forum, and
 * a participant's browser session goes with them. Ballots stay, so results stay as they were.
 */
export const forumsPersonalData: PersonalDataSource = {
  id: 'participation_forums',
  purposeKey: 'participation_privacy.forums.purpose',
  retentionKey: 'participation_privacy.forums.retention',
  async export(db, userId) {
    return db
      .selectFrom('participation_forums')
      .select(['title', 'starts_at', 'created_at'])
      .where('created_by', '=', userId)
      .orderBy('created_at')
      .execute();
  },
  async erase(db, userId) {
    await db.updateTable('participation_forums').set({ created_by: null }).where('created_by', '=', userId).execute();
  },
  async purgeExpired(db, now) {
    const cutoff = monthsBefore(now, PARTICIPANT_NAME_RETENTION_MONTHS);
    const result = await sql`
      update participation_participants p
         set label = '#' || numbered.n, session_hash = null
        from (
          select pp.id, row_number() over (partition by pp.forum_id order by pp.created_at, pp.id) as n
            from participation_participants pp
            join participation_forums f on f.id = pp.forum_id
           where f.ends_at < ${cutoff}
        ) numbered
       where p.id = numbered.id
         and (p.label <> '#' || numbered.n or p.session_hash is not null)`.execute(db);
    return Number(result.numAffectedRows ?? 0);
  },
};

/**
 * Campaigns and stories: who wrote and who reviewed them. The texts belong to the organisation and stay
 * published; erasure forgets the person. (People a story tells about appear only with their consent and
 * usually with a shortened name; that consent is the publishing organisation's, outside the platform.)
 */
export const storiesPersonalData: PersonalDataSource = {
  id: 'participation_stories',
  purposeKey: 'participation_privacy.stories.purpose',
  retentionKey: 'participation_privacy.stories.retention',
  async export(db, userId) {
    const texts = (table: 'participation_stories' | 'participation_campaigns') =>
      db
        .selectFrom(table)
        .select([
          'title',
          'status',
          'created_at',
          'published_at',
          sql<boolean>`created_by = ${userId}`.as('wrote'),
          sql<boolean>`reviewed_by = ${userId}`.as('reviewed'),
        ])
        .where((eb) => eb.or([eb('created_by', '=', userId), eb('reviewed_by', '=', userId)]))
        .orderBy('created_at')
        .execute();
    return { stories: await texts('participation_stories'), campaigns: await texts('participation_campaigns') };
  },
  async erase(db, userId) {
    for (const table of ['participation_stories', 'participation_campaigns'] as const) {
      await db.updateTable(table).set({ created_by: null }).where('created_by', '=', userId).execute();
      await db.updateTable(table).set({ reviewed_by: null }).where('reviewed_by', '=', userId).execute();
    }
  },
};

export const participationPersonalData = [
  forumsPersonalData,
  storiesPersonalData,
  nominationsPersonalData,
  juryPersonalData,
] as const;
