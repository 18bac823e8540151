import { sql } from 'kysely';
import type { UserActor } from '../../../../core/auth/actor.js';
import { AppError } from '../../../../core/errors.js';
import type { AppServices } from '../../../../core/http/types.js';
import { can } from '../policy.js';
import { findMentorship, subjectOf, type MentorshipRecord } from '../records.js';

export interface SessionView {
  id: string;
  heldOn: string;
  topic: string;
  note: string;
  authorName: string | null;
}

export interface ProblemView {
  id: string;
  description: string;
  status: 'open' | 'resolved';
  createdAt: Date;
  reporterName: string | null;
}

export interface MentorshipPage {
  mentorship: MentorshipRecord;
  sessions: SessionView[];
  /** Coordinators see every report; a mentor or mentee only their own. */
  problems: ProblemView[];
  canWriteSession: boolean;
  canReportProblem: boolean;
  canCoordinate: boolean;
}

/** One mentorship as its mentor, its mentee or a coordinator sees it; for anyone else it does not exist. */
export async function getMentorship(options: {
  services: AppServices;
  actor: UserActor;
  mentorshipId: string;
}): Promise<MentorshipPage> {
  const { services, actor } = options;
  const mentorship = await findMentorship(services.db, options.mentorshipId);
  if (!mentorship || !can(actor, 'view_mentorship', subjectOf(mentorship))) throw new AppError('not_found');
  const subject = subjectOf(mentorship);
  const sessions = can(actor, 'read_session_log', subject)
    ? await services.db
        .selectFrom('mentorship_sessions as s')
        .leftJoin('users as u', 'u.id', 's.author_user_id')
        .select([
          's.id',
          sql<string>`to_char(s.held_on, 'YYYY-MM-DD')`.as('held_on'),
          's.topic',
          's.note',
          'u.display_name',
        ])
        .where('s.mentorship_id', '=', mentorship.id)
        .orderBy('s.held_on', 'desc')
        .orderBy('s.created_at', 'desc')
        .execute()
    : [];
  const isCoordinating = can(actor, 'resolve_problem_report');
  let problemQuery = services.db
    .selectFrom('mentorship_problem_reports as p')
    .leftJoin('users as u', 'u.id', 'p.reporter_user_id')
    .select(['p.id', 'p.description', 'p.status', 'p.created_at', 'p.reporter_user_id', 'u.display_name'])
    .where('p.mentorship_id', '=', mentorship.id);
  if (!isCoordinating) problemQuery = problemQuery.where('p.reporter_user_id', '=', actor.userId);
  const problems = (await problemQuery.orderBy('p.created_at', 'desc').execute()).filter((row) =>
    can(actor, 'read_problem_report', { reporterUserId: row.reporter_user_id }),
  );
  return {
    mentorship,
    sessions: sessions.map((row) => ({
      id: row.id,
      heldOn: row.held_on,
      topic: row.topic,
      note: row.note,
      authorName: row.display_name,
    })),
    problems: problems.map((row) => ({
      id: row.id,
      description: row.description,
      status: row.status,
      createdAt: row.created_at,
      reporterName: row.display_name,
    })),
    canWriteSession: mentorship.status === 'active' && can(actor, 'write_session_log', subject),
    canReportProblem: mentorship.status === 'active' && can(actor, 'report_problem', subject),
    canCoordinate: isCoordinating,
  };
}
