import type { UserActor } from '../../../../core/auth/actor.js';
import { authorize } from '../../../../core/auth/policy.js';
import { AppError } from '../../../../core/errors.js';
import type { AppServices } from '../../../../core/http/types.js';
import { can, mentoringPolicy } from '../policy.js';
import { findMentorship, subjectOf } from '../records.js';
import type { SessionInput } from '../schemas.js';

/** Mentor, mentee or coordinator notes a meeting: date, topic and a short note. */
export async function logSession(options: {
  services: AppServices;
  actor: UserActor;
  mentorshipId: string;
  input: SessionInput;
}): Promise<void> {
  const { services, actor, input } = options;
  const mentorship = await findMentorship(services.db, options.mentorshipId);
  if (!mentorship || !can(actor, 'view_mentorship', subjectOf(mentorship))) throw new AppError('not_found');
  authorize(actor, mentoringPolicy, 'write_session_log', subjectOf(mentorship));
  if (mentorship.status !== 'active')
    throw new AppError('conflict', { messageKey: 'matching_mentoring.errors.mentorship_ended' });
  await services.db
    .insertInto('mentorship_sessions')
    .values({
      mentorship_id: mentorship.id,
      held_on: input.held_on,
      topic: input.topic,
      note: input.note,
      author_user_id: actor.userId,
    })
    .execute();
}
