import type { UserActor } from '../../../core/auth/actor.js';
import type { AppServices } from '../../../core/http/types.js';
import { findWorkingProgress, lessonStates } from '../progress-store.js';
import { summarise, type CourseSummary, type LessonState } from '../scoring.js';
import type { QuizAnswers } from '../tables.js';
import { currentVersion, versionById, type CourseVersion } from '../versions.js';

export interface OwnCertificate {
  id: string;
  code: string;
  version: number;
  issuedAt: Date;
}

export interface OwnProgress {
  version: CourseVersion;
  /** Null before the person has read or answered anything. */
  progressId: string | null;
  startedAt: Date | null;
  completedAt: Date | null;
  answers: ReadonlyMap<string, QuizAnswers>;
  summary: CourseSummary;
  /** The person's newest certificate that was not revoked, of any version. */
  certificate: OwnCertificate | null;
}

/** The reader's own place in the course; nobody else's is ever loaded here. */
export async function getOwnProgress(options: { services: AppServices; actor: UserActor }): Promise<OwnProgress> {
  const { db } = options.services;
  const current = await currentVersion(db);
  const progress = await findWorkingProgress(db, options.actor.userId, current);
  const version = progress && progress.version_id !== current.id ? await versionById(db, progress.version_id) : current;
  const states = progress ? await lessonStates(db, progress.id) : new Map<string, LessonState>();
  const certificate = await db
    .selectFrom('course_certificates')
    .select(['id', 'code', 'version', 'issued_at'])
    .where('user_id', '=', options.actor.userId)
    .where('revoked_at', 'is', null)
    .orderBy('issued_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  const answers = new Map<string, QuizAnswers>();
  for (const [key, state] of states) if (state.answers) answers.set(key, state.answers);
  return {
    version,
    progressId: progress?.id ?? null,
    startedAt: progress?.started_at ?? null,
    completedAt: progress?.completed_at ?? null,
    answers,
    summary: summarise(version.content, states),
    certificate: certificate
      ? { id: certificate.id, code: certificate.code, version: certificate.version, issuedAt: certificate.issued_at }
      : null,
  };
}
