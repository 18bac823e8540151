import type { Migration } from 'kysely';
import * as m032Courses from './032-courses.js';

/** The courses module's migrations, by the name recorded in kysely_migration (never rename one). */
export const migrations: Record<string, Migration> = {
  '032-courses': m032Courses,
};
