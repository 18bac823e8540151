import type { Kysely } from 'kysely';
import type { Database } from '../../core/db/database.js';
import { AppError } from '../../core/errors.js';
import { CourseContentSchema, SHIPPED_COURSE, type CourseContent } from './content/index.js';

export interface CourseVersion {
  id: string;
  version: number;
  content: CourseContent;
  changeNote: string | null;
  createdAt: Date;
  updatedAt: Date;
}

const COLUMNS = ['id', 'version', 'content', 'change_note', 'created_at', 'updated_at'] as const;

function toVersion(row: {
  id: string;
  version: number;
  content: unknown;
  change_note: string | null;
  created_at: Date;
  updated_at: Date;
}): CourseVersion {
  return {
    id: row.id,
    version: row.version,
    content: CourseContentSchema.parse(row.content),
    changeNote: row.change_note,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * The course version new participants take: the newest. On first use the shipped version 1 is written (a
 * second process doing the same at once meets the unique version and reads the row the first wrote).
 */
export async function currentVersion(db: Kysely<Database>): Promise<CourseVersion> {
  const newest = () =>
    db.selectFrom('course_versions').select(COLUMNS).orderBy('version', 'desc').limit(1).executeTakeFirst();
  let row = await newest();
  if (!row) {
    await db
      .insertInto('course_versions')
      .values({ version: 1, content: JSON.stringify(SHIPPED_COURSE) })
      .onConflict((oc) => oc.column('version').doNothing())
      .execute();
    row = await newest();
  }
  if (!row) throw new Error('The course has no version after writing version 1');
  return toVersion(row);
}

/** One version by id (a person keeps the version they started with). */
export async function versionById(db: Kysely<Database>, id: string): Promise<CourseVersion> {
  const row = await db.selectFrom('course_versions').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('not_found');
  return toVersion(row);
}
