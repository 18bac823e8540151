import type { ColumnType, Generated, Selectable } from 'kysely';
import type { NullableTimestamp } from '../../core/db/database.js';

// The checklists module's tables, added to core's `Database` by declaration merging.

/** Who a questionnaire is written for. */
export const AUDIENCES = ['sme', 'large_company', 'administration', 'school', 'kita'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** The seven dimensions every questionnaire covers, in the order they are asked. */
export const DIMENSIONS = [
  'strategy',
  'recruiting',
  'training',
  'development',
  'competence',
  'orientation',
  'cooperation',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** Size bands by staff headcount; the benchmark compares like with like. */
export const SIZE_BANDS = ['up_to_9', 'up_to_49', 'up_to_249', 'from_250'] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];

/** Sectors for the benchmark: coarse on purpose, so groups reach the minimum size. */
export const SECTORS = ['crafts', 'industry', 'trade', 'services', 'health_social', 'public', 'education'] as const;
export type Sector = (typeof SECTORS)[number];

export const ASSESSMENT_STATUSES = ['in_progress', 'completed'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

export const REVIEW_STATUSES = ['requested', 'more_requested', 'approved', 'declined'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const ACTION_STATUSES = ['open', 'in_progress', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Maturity levels 1–4 per dimension (in the spirit of the Charta der Vielfalt's maturity model). */
export const LEVELS = [1, 2, 3, 4] as const;
export type Level = (typeof LEVELS)[number];

/** One dimension's result: the share of reachable points (0–1) and the level it gives. */
export interface DimensionResult {
  score: number;
  level: Level;
}
export type AssessmentResult = Record<Dimension, DimensionResult>;

export interface ChecklistQuestionnairesTable {
  id: Generated<string>;
  audience: Audience;
  version: number;
  /** The whole questionnaire (questions, guidance, scoring) as validated by questionnaires/schema.ts. */
  definition: ColumnType<unknown, string, string>;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface ChecklistAssessmentsTable {
  id: Generated<string>;
  organisation_id: string;
  questionnaire_id: string;
  audience: Audience;
  size_band: SizeBand;
  sector: Sector;
  status: ColumnType<AssessmentStatus, AssessmentStatus | undefined, AssessmentStatus>;
  /** Per dimension score and level, written once on completion with the questionnaire's version. */
  result: ColumnType<AssessmentResult | null, string | null | undefined, string | null>;
  /** Mean level over the dimensions, for the benchmark index and the certificate. */
  overall_level: number | null;
  reassess_on: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  started_by: string | null;
  started_at: Generated<Date>;
  updated_at: Generated<Date>;
  completed_at: NullableTimestamp;
}

export interface ChecklistAnswersTable {
  assessment_id: string;
  question_id: string;
  /** 'yes' | 'partly' | 'no', a number, a text: what the question's kind allows. */
  value: ColumnType<unknown, string, string>;
  updated_at: Generated<Date>;
}

/** An evidence file of an answer; the bytes are in core/storage under `storage_key`. */
export interface ChecklistEvidenceTable {
  assessment_id: string;
  question_id: string;
  storage_key: string;
  file_name: string;
  content_type: string;
  size_bytes: number;
  uploaded_by: string | null;
  uploaded_at: Generated<Date>;
}

export interface ChecklistActionsTable {
  id: Generated<string>;
  organisation_id: string;
  assessment_id: string;
  dimension: Dimension;
  measure: string;
  owner: string;
  due_on: ColumnType<Date, Date | string, Date | string>;
  status: ColumnType<ActionStatus, ActionStatus | undefined, ActionStatus>;
  created_at: Generated<Date>;
}

export interface ChecklistReviewsTable {
  id: Generated<string>;
  assessment_id: string;
  organisation_id: string;
  status: ColumnType<ReviewStatus, ReviewStatus | undefined, ReviewStatus>;
  /** The city whose municipality reviews (schools and Kitas); null: the cooperation office reviews. */
  reviewer_city: string | null;
  requested_by: string | null;
  requested_at: Generated<Date>;
  decided_by: string | null;
  decided_at: NullableTimestamp;
}

export interface ChecklistReviewCommentsTable {
  id: Generated<string>;
  review_id: string;
  author_user_id: string | null;
  /** Whose voice: the reviewer or the organisation. */
  side: 'reviewer' | 'organisation';
  body: string;
  at: Generated<Date>;
}

export interface ChecklistCertificatesTable {
  id: Generated<string>;
  review_id: string;
  organisation_id: string;
  organisation_name: string;
  audience: Audience;
  level: number;
  code: string;
  issued_at: Generated<Date>;
  valid_until: ColumnType<Date, Date | string, Date | string>;
  revoked_at: NullableTimestamp;
  reminded_at: NullableTimestamp;
}

export type ChecklistAssessment = Selectable<ChecklistAssessmentsTable>;
export type ChecklistReview = Selectable<ChecklistReviewsTable>;
export type ChecklistCertificate = Selectable<ChecklistCertificatesTable>;
export type ChecklistAction = Selectable<ChecklistActionsTable>;

declare module '../../core/db/database.js' {
  interface Database {
    checklist_questionnaires: ChecklistQuestionnairesTable;
    checklist_assessments: ChecklistAssessmentsTable;
    checklist_answers: ChecklistAnswersTable;
    checklist_evidence: ChecklistEvidenceTable;
    checklist_actions: ChecklistActionsTable;
    checklist_reviews: ChecklistReviewsTable;
    checklist_review_comments: ChecklistReviewCommentsTable;
    checklist_certificates: ChecklistCertificatesTable;
  }
}
