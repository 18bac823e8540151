import type { Actor } from '../../../core/auth/actor.js';
import type { AppServices } from '../../../core/http/types.js';
import { isCoordinator } from '../policy.js';

export interface ForumSummary {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  isOnline: boolean;
  registration: 'invitation' | 'open';
  closedRounds: number;
}

/** Every forum, newest first: the public list (what, when, where) and, for the office, its own to run. */
export async function listForums(options: { services: AppServices; actor: Actor }): Promise<{
  forums: ForumSummary[];
  canCreate: boolean;
}> {
  const rows = await options.services.db
    .selectFrom('participation_forums as f')
    .select((eb) => [
      'f.id',
      'f.title',
      'f.starts_at',
      'f.ends_at',
      'f.place',
      'f.online_url',
      'f.registration',
      eb
        .selectFrom('participation_rounds as r')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('r.forum_id', '=', 'f.id')
        .where('r.status', '=', 'closed')
        .as('closed_rounds'),
    ])
    .orderBy('f.starts_at', 'desc')
    .limit(100)
    .execute();
  return {
    canCreate: isCoordinator(options.actor),
    forums: rows.map((row) => ({
      id: row.id,
      title: row.title,
      startsAt: row.starts_at,
      endsAt: row.ends_at,
      place: row.place,
      isOnline: row.online_url !== null,
      registration: row.registration,
      closedRounds: Number(row.closed_rounds ?? 0),
    })),
  };
}
