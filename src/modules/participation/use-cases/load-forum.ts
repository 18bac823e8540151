import type { Kysely } from 'kysely';
import type { Database } from '../../../core/db/database.js';
import { AppError } from '../../../core/errors.js';
import type { Forum, Round } from '../tables.js';

export interface RoundWithOptions extends Round {
  options: { id: string; label: string; position: number }[];
  ballots: number;
}

/** A forum with its rounds and their options, or not_found. Shared by the forum's use-cases (not one on its own). */
export async function loadForum(
  db: Kysely<Database>,
  forumId: string,
): Promise<{ forum: Forum; rounds: RoundWithOptions[] }> {
  const forum = await db.selectFrom('participation_forums').selectAll().where('id', '=', forumId).executeTakeFirst();
  if (!forum) throw new AppError('not_found');
  const rounds = await db
    .selectFrom('participation_rounds')
    .selectAll()
    .where('forum_id', '=', forumId)
    .orderBy('created_at')
    .execute();
  const ids = rounds.map((round) => round.id);
  const options = ids.length
    ? await db
        .selectFrom('participation_options')
        .select(['id', 'round_id', 'label', 'position'])
        .where('round_id', 'in', ids)
        .orderBy('position')
        .execute()
    : [];
  const ballots = ids.length
    ? await db
        .selectFrom('participation_ballots')
        .select(['round_id', (eb) => eb.fn.countAll<number>().as('n')])
        .where('round_id', 'in', ids)
        .groupBy('round_id')
        .execute()
    : [];
  return {
    forum,
    rounds: rounds.map((round) => ({
      ...round,
      options: options.filter((option) => option.round_id === round.id),
      ballots: Number(ballots.find((row) => row.round_id === round.id)?.n ?? 0),
    })),
  };
}

export function findRound(rounds: RoundWithOptions[], roundId: string): RoundWithOptions {
  const round = rounds.find((candidate) => candidate.id === roundId);
  if (!round) throw new AppError('not_found');
  return round;
}

export const forumRef = (forum: Forum) => ({ organisationId: forum.organisation_id });
