import type { UserActor } from '../../../core/auth/actor.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import { listFittingEntries, type FittingEntry } from '../../catalogue/index.js';
import { checklistsPolicy } from '../policy.js';
import { loadQuestionnaire, type StoredQuestionnaire } from '../questionnaires/index.js';
import { fieldsForDimension } from '../recommendations.js';
import { loadOwnAssessment, type AssessmentRecord } from '../records.js';
import {
  DIMENSIONS,
  type AssessmentResult,
  type ChecklistAction,
  type Dimension,
  type ReviewStatus,
} from '../tables.js';
import { computeBenchmark, type Benchmark } from './compute-benchmark.js';

/** How many catalogue entries each weak dimension links to. */
const ENTRIES_PER_DIMENSION = 3;

export interface Recommendation {
  dimension: Dimension;
  entries: FittingEntry[];
}

export interface PastResult {
  id: string;
  completedAt: Date;
  version: number;
  overallLevel: number;
  result: AssessmentResult;
}

export interface ResultsView {
  assessment: AssessmentRecord & { result: AssessmentResult; completed_at: Date };
  questionnaire: StoredQuestionnaire;
  recommendations: Recommendation[];
  benchmark: Benchmark | null;
  actions: ChecklistAction[];
  /** The organisation's completed assessments of this audience, oldest first (progress over time). */
  history: PastResult[];
  review: { id: string; status: ReviewStatus } | null;
  certificate: { id: string; code: string; validUntil: Date; revokedAt: Date | null } | null;
  canRequestReview: boolean;
}

/** A completed assessment's levels, recommendations with catalogue links, peer benchmark, action plan and history. */
export async function getResults(options: {
  services: AppServices;
  actor: UserActor;
  assessmentId: string;
  locale: string;
}): Promise<ResultsView> {
  const { services, actor } = options;
  const { db } = services;
  const assessment = await loadOwnAssessment(db, actor, options.assessmentId);
  if (assessment.status !== 'completed' || !assessment.result || !assessment.completed_at)
    throw new AppError('conflict', { messageKey: 'checklists.errors.not_completed' });
  const result = assessment.result;
  const questionnaire = await loadQuestionnaire(db, assessment.questionnaire_id);
  const weak = DIMENSIONS.filter(
    (dimension) => result[dimension].level <= questionnaire.definition.scoring.weakUpToLevel,
  );
  const recommendations = await Promise.all(
    weak.map(async (dimension) => ({
      dimension,
      entries: await listFittingEntries(db, {
        kinds: ['offer', 'knowledge'],
        fieldsOfAction: fieldsForDimension(dimension, assessment.audience),
        locale: options.locale,
        city: assessment.organisation_city,
        limit: ENTRIES_PER_DIMENSION,
      }),
    })),
  );
  const benchmark = await computeBenchmark(db, {
    audience: assessment.audience,
    sizeBand: assessment.size_band,
    sector: assessment.sector,
    excludeOrganisationId: assessment.organisation_id,
  });
  const actions = await db
    .selectFrom('checklist_actions')
    .selectAll()
    .where('assessment_id', '=', assessment.id)
    .orderBy('due_on')
    .orderBy('created_at')
    .execute();
  const past = await db
    .selectFrom('checklist_assessments as a')
    .innerJoin('checklist_questionnaires as q', 'q.id', 'a.questionnaire_id')
    .select(['a.id', 'a.completed_at', 'a.overall_level', 'a.result', 'q.version'])
    .where('a.organisation_id', '=', assessment.organisation_id)
    .where('a.audience', '=', assessment.audience)
    .where('a.status', '=', 'completed')
    .orderBy('a.completed_at')
    .execute();
  const review = await db
    .selectFrom('checklist_reviews')
    .select(['id', 'status'])
    .where('assessment_id', '=', assessment.id)
    .orderBy('requested_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  const certificate = review
    ? await db
        .selectFrom('checklist_certificates')
        .select(['id', 'code', 'valid_until', 'revoked_at'])
        .where('review_id', '=', review.id)
        .executeTakeFirst()
    : undefined;
  return {
    assessment: { ...assessment, result, completed_at: assessment.completed_at },
    questionnaire,
    recommendations,
    benchmark,
    actions,
    history: past.flatMap((row) =>
      row.result && row.completed_at
        ? [
            {
              id: row.id,
              completedAt: row.completed_at,
              version: row.version,
              overallLevel: row.overall_level ?? 0,
              result: row.result,
            },
          ]
        : [],
    ),
    review: review ?? null,
    certificate: certificate
      ? {
          id: certificate.id,
          code: certificate.code,
          validUntil: certificate.valid_until,
          revokedAt: certificate.revoked_at,
        }
      : null,
    canRequestReview:
      (!review || review.status === 'declined') &&
      checklistsPolicy.request_review(actor, { organisationId: assessment.organisation_id }),
  };
}
