import type { Kysely } from 'kysely';
import type { Database } from '../../../core/db/database.js';

/** Published projects by title, for another module to link to (monitoring's work programme). */
export async function listPublishedProjects(db: Kysely<Database>): Promise<{ id: string; title: string }[]> {
  return db
    .selectFrom('catalogue_entries')
    .select(['id', 'title'])
    .where('kind', '=', 'project')
    .where('status', '=', 'published')
    .orderBy('title')
    .execute();
}
