import type { Kysely } from 'kysely';
import type { Database, OrganisationType } from '../../core/db/database.js';
import { AppError } from '../../core/errors.js';
import type { UserActor } from '../../core/auth/actor.js';
import { authorize } from '../../core/auth/policy.js';
import { checklistsPolicy } from './policy.js';
import type { AnswerValue } from './questionnaires/index.js';
import type { ChecklistAssessment } from './tables.js';

/** An assessment with its organisation's name, type and city, as every use-case loads it. */
export type AssessmentRecord = ChecklistAssessment & {
  organisation_name: string;
  organisation_type: OrganisationType;
  organisation_city: string | null;
};

export async function loadAssessment(db: Kysely<Database>, id: string): Promise<AssessmentRecord> {
  const row = await db
    .selectFrom('checklist_assessments as a')
    .innerJoin('organisations as o', 'o.id', 'a.organisation_id')
    .selectAll('a')
    .select(['o.name as organisation_name', 'o.type as organisation_type', 'o.city as organisation_city'])
    .where('a.id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found');
  return row;
}

/** An assessment of the reader's own organisation; another organisation's does not exist for the reader. */
export async function loadOwnAssessment(db: Kysely<Database>, actor: UserActor, id: string): Promise<AssessmentRecord> {
  const assessment = await loadAssessment(db, id);
  authorize(actor, checklistsPolicy, 'work_on', { organisationId: assessment.organisation_id }, { code: 'not_found' });
  return assessment;
}

export async function loadAnswers(db: Kysely<Database>, assessmentId: string): Promise<Map<string, AnswerValue>> {
  const rows = await db
    .selectFrom('checklist_answers')
    .select(['question_id', 'value'])
    .where('assessment_id', '=', assessmentId)
    .execute();
  return new Map(rows.map((row) => [row.question_id, row.value as AnswerValue]));
}

/** Where an answer's evidence file lives in core/storage; every file of an assessment shares its prefix. */
export const evidencePrefix = (assessmentId: string) => `checklists/${assessmentId}/`;
export const evidenceKey = (assessmentId: string, questionId: string) =>
  `${evidencePrefix(assessmentId)}${questionId.replaceAll('_', '-')}`;

/** The evidence given so far, by question. */
export async function loadEvidence(
  db: Kysely<Database>,
  assessmentId: string,
): Promise<Map<string, { fileName: string; sizeBytes: number }>> {
  const rows = await db
    .selectFrom('checklist_evidence')
    .select(['question_id', 'file_name', 'size_bytes'])
    .where('assessment_id', '=', assessmentId)
    .execute();
  return new Map(rows.map((row) => [row.question_id, { fileName: row.file_name, sizeBytes: row.size_bytes }]));
}
