import type { Kysely } from 'kysely';
import { newCertificateCode } from '../../core/certificates/code.js';
import type { Database } from '../../core/db/database.js';
import { SHIPPED_COURSE } from '../../modules/courses/index.js';

/** The demo company member who has NOT started the course, so it can be taken from the first lesson. */
export const COURSE_NOT_STARTED = 'team@unternehmen.vielfalt-ruhr.example';
/** Fixed accounts that completed the course, and one part of the way through. */
export const COURSE_COMPLETED = ['team@anbieter.vielfalt-ruhr.example', 'team@essen.vielfalt-ruhr.example'];
export const COURSE_IN_PROGRESS = 'team@schule.vielfalt-ruhr.example';
/** Generated staff of the demo company (besides its fixed accounts) who completed it, so its admin sees a figure. */
const COMPANY = 'firma@unternehmen.vielfalt-ruhr.example';
const COMPANY_STAFF_COMPLETED = 2;

const DAY = 24 * 60 * 60 * 1000;

/**
 * Demo progress in the course "Umgang mit Vielfalt": a few members of demo organisations completed it (with
 * certificates that verify), one is half-way, and the demo company's member has not started.
 */
export async function generateCoursesData(db: Kysely<Database>, options: { now?: Date } = {}): Promise<void> {
  const now = options.now ?? new Date();
  await db
    .insertInto('course_versions')
    .values({ version: 1, content: JSON.stringify(SHIPPED_COURSE) })
    .onConflict((oc) => oc.column('version').doNothing())
    .execute();
  const version = await db
    .selectFrom('course_versions')
    .select(['id', 'version'])
    .where('version', '=', 1)
    .executeTakeFirstOrThrow();

  const company = await db
    .selectFrom('users')
    .innerJoin('memberships', 'memberships.user_id', 'users.id')
    .select('memberships.organisation_id')
    .where('users.email', '=', COMPANY)
    .executeTakeFirst();
  const companyStaff = company
    ? await db
        .selectFrom('users')
        .innerJoin('memberships', 'memberships.user_id', 'users.id')
        .select('users.email')
        .where('memberships.organisation_id', '=', company.organisation_id)
        .where('users.email', 'not in', [COMPANY, COURSE_NOT_STARTED])
        .orderBy('users.email')
        .limit(COMPANY_STAFF_COMPLETED)
        .execute()
    : [];
  const completed = [...COURSE_COMPLETED, ...companyStaff.map((row) => row.email)];

  const people = await db
    .selectFrom('users')
    .innerJoin('memberships', 'memberships.user_id', 'users.id')
    .innerJoin('organisations', 'organisations.id', 'memberships.organisation_id')
    .select([
      'users.id',
      'users.email',
      'users.display_name',
      'organisations.id as organisationId',
      'organisations.name',
    ])
    .where('users.email', 'in', [...completed, COURSE_IN_PROGRESS])
    .execute();

  for (const [index, person] of people.entries()) {
    const isCompleted = completed.includes(person.email);
    const startedAt = new Date(now.getTime() - (40 - index * 5) * DAY);
    const finishedAt = new Date(startedAt.getTime() + 2 * DAY);
    const progress = await db
      .insertInto('course_progress')
      .values({
        user_id: person.id,
        version_id: version.id,
        started_at: startedAt,
        updated_at: isCompleted ? finishedAt : startedAt,
        completed_at: isCompleted ? finishedAt : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // Completed: every quiz answered rightly; in progress: the first two lessons.
    const lessons = isCompleted ? SHIPPED_COURSE.lessons : SHIPPED_COURSE.lessons.slice(0, 2);
    await db
      .insertInto('course_lesson_progress')
      .values(
        lessons.map((lesson) => ({
          progress_id: progress.id,
          lesson_key: lesson.key,
          read_at: startedAt,
          answers: JSON.stringify(
            Object.fromEntries(
              lesson.questions.map((question) => [
                question.key,
                question.options.filter((option) => option.correct).map((option) => option.key),
              ]),
            ),
          ),
          correct: lesson.questions.length,
          total: lesson.questions.length,
          answered_at: startedAt,
        })),
      )
      .execute();
    if (isCompleted)
      await db
        .insertInto('course_certificates')
        .values({
          user_id: person.id,
          person_name: person.display_name,
          organisation_id: person.organisationId,
          organisation_name: person.name,
          version_id: version.id,
          version: version.version,
          score: 100,
          code: newCertificateCode(),
          issued_at: finishedAt,
        })
        .execute();
  }
}
