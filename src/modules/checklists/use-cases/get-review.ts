import type { UserActor } from '../../../core/auth/actor.js';
import { allows } from '../../../core/auth/policy.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import { checklistsPolicy } from '../policy.js';
import { loadQuestionnaire, type AnswerValue, type StoredQuestionnaire } from '../questionnaires/index.js';
import { loadAnswers, loadAssessment, loadEvidence, type AssessmentRecord } from '../records.js';
import type { ChecklistReview } from '../tables.js';

export interface ReviewComment {
  id: string;
  side: 'reviewer' | 'organisation';
  authorName: string | null;
  body: string;
  at: Date;
}

export interface ReviewView {
  review: ChecklistReview;
  assessment: AssessmentRecord;
  questionnaire: StoredQuestionnaire;
  answers: Map<string, AnswerValue>;
  evidence: Map<string, { fileName: string; sizeBytes: number }>;
  comments: ReviewComment[];
  /** Who looks: the reviewer decides, the organisation answers questions. */
  perspective: 'reviewer' | 'organisation';
  certificate: { id: string; code: string } | null;
}

/** A review with the answers and the conversation, for its reviewer or for the organisation it is about. */
export async function getReview(options: {
  services: AppServices;
  actor: UserActor;
  reviewId: string;
}): Promise<ReviewView> {
  const { services, actor } = options;
  const { db } = services;
  const review = await db
    .selectFrom('checklist_reviews')
    .selectAll()
    .where('id', '=', options.reviewId)
    .executeTakeFirst();
  if (!review) throw new AppError('not_found');
  const ref = { organisationId: review.organisation_id, reviewerCity: review.reviewer_city };
  const perspective = allows(actor, checklistsPolicy, 'review', ref)
    ? 'reviewer'
    : allows(actor, checklistsPolicy, 'reply_to_review', ref)
      ? 'organisation'
      : null;
  if (!perspective) throw new AppError('not_found');
  const assessment = await loadAssessment(db, review.assessment_id);
  const comments = await db
    .selectFrom('checklist_review_comments as c')
    .leftJoin('users as u', 'u.id', 'c.author_user_id')
    .select(['c.id', 'c.side', 'c.body', 'c.at', 'u.display_name'])
    .where('c.review_id', '=', review.id)
    .orderBy('c.at')
    .orderBy('c.id')
    .execute();
  const certificate = await db
    .selectFrom('checklist_certificates')
    .select(['id', 'code'])
    .where('review_id', '=', review.id)
    .executeTakeFirst();
  return {
    review,
    assessment,
    questionnaire: await loadQuestionnaire(db, assessment.questionnaire_id),
    answers: await loadAnswers(db, assessment.id),
    evidence: await loadEvidence(db, assessment.id),
    comments: comments.map((row) => ({
      id: row.id,
      side: row.side,
      authorName: row.display_name,
      body: row.body,
      at: row.at,
    })),
    perspective,
    certificate: certificate ?? null,
  };
}
