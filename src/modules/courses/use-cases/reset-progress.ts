import type { UserActor } from '../../../core/auth/actor.js';
import type { AppServices } from '../../../core/http/types.js';

/**
 * Starts over: the person's lessons read and quiz answers are deleted. A certificate already issued stays
 * (it records a completion that happened); the person deletes it with their account.
 */
export async function resetProgress(options: { services: AppServices; actor: UserActor }): Promise<number> {
  const result = await options.services.db
    .deleteFrom('course_progress')
    .where('user_id', '=', options.actor.userId)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
