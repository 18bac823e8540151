import type { Kysely } from 'kysely';
import type { Database } from '../../core/db/database.js';
import type { NewUserRow } from '../factories.js';
import type { BuiltApplications } from './build-applications.js';
import type { MentoringRows } from './build-mentoring.js';
import type { IdentityRow, PositionRow, ProfileRow } from './types.js';

/** 500 rows of at most ~25 columns stay far below PostgreSQL's 65,535 bind parameters per statement. */
const BATCH_SIZE = 500;

export interface MatchingRows extends BuiltApplications {
  users: NewUserRow[];
  positions: PositionRow[];
  profiles: ProfileRow[];
  identities: IdentityRow[];
  mentoring: MentoringRows;
}

async function inBatches<T>(
  label: string,
  rows: readonly T[],
  insert: (batch: T[]) => Promise<unknown>,
  log: (line: string) => void,
): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH_SIZE) {
    const batch = rows.slice(start, start + BATCH_SIZE);
    await insert(batch);
    log(`${label} ${start + batch.length}/${rows.length}`);
  }
}

/** Inserts the matching demo in dependency order. Run it inside a transaction to get all or nothing. */
export async function insertMatchingRows(
  db: Kysely<Database>,
  rows: MatchingRows,
  log: (line: string) => void = () => undefined,
): Promise<void> {
  await inBatches('matching users', rows.users, (batch) => db.insertInto('users').values(batch).execute(), log);
  await inBatches(
    'positions',
    rows.positions,
    (batch) =>
      db
        .insertInto('positions')
        .values(batch.map((row) => ({ ...row, languages: JSON.stringify(row.languages) })))
        .execute(),
    log,
  );
  await inBatches(
    'applicant profiles',
    rows.profiles,
    (batch) =>
      db
        .insertInto('applicant_profiles')
        .values(
          batch.map((row) => ({
            ...row,
            languages: JSON.stringify(row.languages),
            potentials: JSON.stringify(row.potentials),
          })),
        )
        .execute(),
    log,
  );
  await inBatches(
    'applicant identities',
    rows.identities,
    (batch) => db.insertInto('applicant_identities').values(batch).execute(),
    log,
  );
  await inBatches(
    'applications',
    rows.applications,
    (batch) =>
      db
        .insertInto('applications')
        .values(batch.map((row) => ({ ...row, qualifications: JSON.stringify(row.qualifications) })))
        .execute(),
    log,
  );
  await inBatches(
    'application status changes',
    rows.statusChanges,
    (batch) => db.insertInto('application_status_changes').values(batch).execute(),
    log,
  );
  await inBatches(
    'application messages',
    rows.messages,
    (batch) => db.insertInto('application_messages').values(batch).execute(),
    log,
  );
  await inBatches(
    'audit entries',
    rows.audit,
    (batch) =>
      db
        .insertInto('audit_log')
        .values(batch.map((row) => ({ ...row, details: JSON.stringify(row.details) })))
        .execute(),
    log,
  );
  const { mentoring } = rows;
  await inBatches(
    'mentorship offers',
    mentoring.offers,
    (batch) => db.insertInto('mentorship_offers').values(batch).execute(),
    log,
  );
  await inBatches(
    'mentorship requests',
    mentoring.requests,
    (batch) => db.insertInto('mentorship_requests').values(batch).execute(),
    log,
  );
  await inBatches(
    'mentorships',
    mentoring.mentorships,
    (batch) => db.insertInto('mentorships').values(batch).execute(),
    log,
  );
  await inBatches(
    'mentorship sessions',
    mentoring.sessions,
    (batch) => db.insertInto('mentorship_sessions').values(batch).execute(),
    log,
  );
  await inBatches(
    'mentorship problem reports',
    mentoring.problems,
    (batch) => db.insertInto('mentorship_problem_reports').values(batch).execute(),
    log,
  );
  await inBatches(
    'drop-out help requests',
    mentoring.dropoutRequests,
    (batch) => db.insertInto('dropout_help_requests').values(batch).execute(),
    log,
  );
  await inBatches(
    'position alerts',
    mentoring.positionAlerts,
    (batch) => db.insertInto('position_alerts').values(batch).execute(),
    log,
  );
  await inBatches(
    'profile digests',
    mentoring.digests,
    (batch) => db.insertInto('profile_digest_subscriptions').values(batch).execute(),
    log,
  );
}
