import type { UserActor } from '../../../core/auth/actor.js';
import type { AppServices } from '../../../core/http/types.js';
import type { AssessmentStatus, Audience, ReviewStatus } from '../tables.js';

export interface OwnAssessmentLine {
  id: string;
  audience: Audience;
  status: AssessmentStatus;
  startedAt: Date;
  completedAt: Date | null;
  overallLevel: number | null;
  reassessOn: Date | null;
  reviewStatus: ReviewStatus | null;
  version: number;
}

/** The own organisation's assessments, newest first, with the state of their latest review. */
export async function listOwnAssessments(options: {
  services: AppServices;
  actor: UserActor;
}): Promise<OwnAssessmentLine[]> {
  const organisationId = options.actor.organisation?.id;
  if (!organisationId) return [];
  const rows = await options.services.db
    .selectFrom('checklist_assessments as a')
    .innerJoin('checklist_questionnaires as q', 'q.id', 'a.questionnaire_id')
    .select((eb) => [
      'a.id',
      'a.audience',
      'a.status',
      'a.started_at',
      'a.completed_at',
      'a.overall_level',
      'a.reassess_on',
      'q.version',
      eb
        .selectFrom('checklist_reviews as r')
        .select('r.status')
        .whereRef('r.assessment_id', '=', 'a.id')
        .orderBy('r.requested_at', 'desc')
        .limit(1)
        .as('review_status'),
    ])
    .where('a.organisation_id', '=', organisationId)
    .orderBy('a.started_at', 'desc')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    audience: row.audience,
    status: row.status,
    startedAt: row.started_at,
    completedAt: row.completed_at,
    overallLevel: row.overall_level,
    reassessOn: row.reassess_on,
    reviewStatus: row.review_status,
    version: row.version,
  }));
}
