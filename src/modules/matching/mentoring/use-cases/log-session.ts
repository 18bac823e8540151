import type { UserActor } from '../../../../core/auth/actor.js';
import { AppError } from '../../../../core/errors.js';
import type { AppServices } from '../../../../core/http/types.js';
import { can } from '../policy.js';
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
  if (!can(actor, 'write_session_log', subjectOf(mentorship))) throw new AppError('forbidden');
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
