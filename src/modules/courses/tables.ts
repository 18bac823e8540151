import type { ColumnType, Generated, Selectable } from 'kysely';
import type { NullableTimestamp } from '../../core/db/database.js';

// The courses module's tables, added to core's `Database` by declaration merging.

/** A lesson's quiz answers as stored: question key → the chosen option keys. */
export type QuizAnswers = Record<string, string[]>;

export interface CourseVersionsTable {
  id: Generated<string>;
  version: number;
  /** The whole course (lessons, quizzes) as validated by content/schema.ts. */
  content: ColumnType<unknown, string, string>;
  change_note: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface CourseProgressTable {
  id: Generated<string>;
  user_id: string;
  version_id: string;
  started_at: Generated<Date>;
  updated_at: Generated<Date>;
  completed_at: NullableTimestamp;
}

export interface CourseLessonProgressTable {
  progress_id: string;
  lesson_key: string;
  read_at: NullableTimestamp;
  answers: ColumnType<QuizAnswers | null, string | null, string | null>;
  correct: number | null;
  total: number | null;
  answered_at: NullableTimestamp;
}

export interface CourseCertificatesTable {
  id: Generated<string>;
  user_id: string;
  person_name: string;
  organisation_id: string | null;
  organisation_name: string;
  version_id: string;
  version: number;
  score: number;
  code: string;
  issued_at: Generated<Date>;
  revoked_at: NullableTimestamp;
  revoked_by: string | null;
}

export type CourseCertificate = Selectable<CourseCertificatesTable>;
export type CourseLessonProgress = Selectable<CourseLessonProgressTable>;

declare module '../../core/db/database.js' {
  interface Database {
    course_versions: CourseVersionsTable;
    course_progress: CourseProgressTable;
    course_lesson_progress: CourseLessonProgressTable;
    course_certificates: CourseCertificatesTable;
  }
}
