import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../core/db/database.js';
import { AppError } from '../../../core/errors.js';
import type { Audience } from '../tables.js';
import { QuestionnaireSchema, type Questionnaire } from './schema.js';
import { shippedQuestionnaire } from './shipped.js';

export interface StoredQuestionnaire {
  id: string;
  audience: Audience;
  version: number;
  definition: Questionnaire;
}

function toStored(row: { id: string; audience: Audience; version: number; definition: unknown }): StoredQuestionnaire {
  // Stored definitions passed the schema when they were written; parsing again keeps the types honest.
  return {
    id: row.id,
    audience: row.audience,
    version: row.version,
    definition: QuestionnaireSchema.parse(row.definition),
  };
}

/**
 * The newest version for an audience. The shipped version 1 is stored the first time an audience is asked
 * for, so a fresh database needs no seeding step and every result can name the row it was scored with.
 */
export async function currentQuestionnaire(db: Kysely<Database>, audience: Audience): Promise<StoredQuestionnaire> {
  const newest = () =>
    db
      .selectFrom('checklist_questionnaires')
      .select(['id', 'audience', 'version', 'definition'])
      .where('audience', '=', audience)
      .orderBy('version', 'desc')
      .limit(1)
      .executeTakeFirst();
  const row = await newest();
  if (row) return toStored(row);
  await db
    .insertInto('checklist_questionnaires')
    .values({ audience, version: 1, definition: JSON.stringify(shippedQuestionnaire(audience)), created_by: null })
    .onConflict((conflict) => conflict.columns(['audience', 'version']).doNothing())
    .execute();
  const stored = await newest();
  if (!stored) throw new Error(`questionnaire for ${audience} could not be stored`);
  return toStored(stored);
}

export async function loadQuestionnaire(db: Kysely<Database>, id: string): Promise<StoredQuestionnaire> {
  const row = await db
    .selectFrom('checklist_questionnaires')
    .select(['id', 'audience', 'version', 'definition'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found');
  return toStored(row);
}

/** Every version with how many assessments use it (a version in use cannot be deleted). */
export async function listQuestionnaireVersions(db: Kysely<Database>) {
  return db
    .selectFrom('checklist_questionnaires as q')
    .select([
      'q.id',
      'q.audience',
      'q.version',
      'q.created_at',
      sql<number>`(select count(*) from checklist_assessments a where a.questionnaire_id = q.id)::int`.as('uses'),
    ])
    .orderBy('q.audience')
    .orderBy('q.version', 'desc')
    .execute();
}
