import type { Actor } from '../../../core/auth/actor.js';
import { allows } from '../../../core/auth/policy.js';
import type { AppServices } from '../../../core/http/types.js';
import { participationPolicy } from '../policy.js';
import type { Forum } from '../tables.js';
import { forumRef, loadForum, type RoundWithOptions } from './load-forum.js';

export interface ForumView {
  forum: Forum;
  rounds: RoundWithOptions[];
  canManage: boolean;
  /** Joining is possible now: within the forum's time. */
  isRunning: boolean;
  participants: number;
}

/**
 * A forum's page: everybody sees what, when, where, the agenda, and the results of closed rounds;
 * the office that runs it also sees draft and open rounds with their ballots counted.
 */
export async function getForum(options: {
  services: AppServices;
  actor: Actor;
  forumId: string;
  now?: Date;
}): Promise<ForumView> {
  const { forum, rounds } = await loadForum(options.services.db, options.forumId);
  const canManage = allows(options.actor, participationPolicy, 'manage_forum', forumRef(forum));
  const now = options.now ?? new Date();
  const participants = canManage
    ? Number(
        (
          await options.services.db
            .selectFrom('participation_participants')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('forum_id', '=', forum.id)
            .executeTakeFirstOrThrow()
        ).n,
      )
    : 0;
  return {
    forum,
    rounds: canManage ? rounds : rounds.filter((round) => round.status !== 'draft'),
    canManage,
    isRunning: now >= forum.starts_at && now <= forum.ends_at,
    participants,
  };
}
