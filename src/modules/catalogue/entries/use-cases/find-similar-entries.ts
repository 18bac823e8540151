import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../../core/db/database.js';
import type { EntryKind } from '../../tables.js';

export interface SimilarEntry {
  id: string;
  title: string;
  summary: string;
  organisationName: string;
  cities: string[];
  fieldsOfAction: string[];
  score: number;
}

/** Below this trigram similarity two texts are not worth showing as "similar". */
export const SIMILARITY_THRESHOLD = 0.3;

/**
 * Published entries of the same kind that share a field of action and read alike (pg_trgm
 * similarity of title and summary). With `outsideCities`, only those that run in at least one
 * city the given entry does not: "the same idea elsewhere".
 */
export async function findSimilarEntries(
  db: Kysely<Database>,
  query: {
    kind: EntryKind;
    title: string;
    summary: string;
    fieldsOfAction: string[];
    excludeId?: string;
    outsideCities?: string[];
    limit?: number;
  },
): Promise<SimilarEntry[]> {
  if (query.fieldsOfAction.length === 0) return [];
  const score = sql<number>`greatest(similarity(e.title, ${query.title}), similarity(e.summary, ${query.summary}), similarity(e.title || ' ' || e.summary, ${`${query.title} ${query.summary}`}))`;
  let select = db
    .selectFrom('catalogue_entries as e')
    .innerJoin('organisations as o', 'o.id', 'e.organisation_id')
    .select([
      'e.id',
      'e.title',
      'e.summary',
      'e.cities',
      'e.fields_of_action',
      'o.name as organisation_name',
      score.as('score'),
    ])
    .where('e.kind', '=', query.kind)
    .where('e.status', '=', 'published')
    .where('e.hidden_at', 'is', null)
    .where(sql<boolean>`e.fields_of_action && ${sql.val(query.fieldsOfAction)}::text[]`)
    .where(score, '>=', SIMILARITY_THRESHOLD);
  if (query.excludeId) select = select.where('e.id', '!=', query.excludeId);
  if (query.outsideCities)
    select = select.where(sql<boolean>`not (e.cities <@ ${sql.val(query.outsideCities)}::text[])`);
  const rows = await select
    .orderBy('score', 'desc')
    .orderBy('e.title')
    .limit(query.limit ?? 5)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    summary: row.summary,
    organisationName: row.organisation_name,
    cities: row.cities,
    fieldsOfAction: row.fields_of_action,
    score: Number(row.score),
  }));
}
