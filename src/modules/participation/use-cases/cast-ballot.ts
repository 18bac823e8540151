import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import type { BallotInput } from '../schemas.js';
import type { ForumParticipant } from './find-participant.js';

const REFUSALS: Record<string, string> = {
  participation_ballots_pkey: 'participation.vote.already_voted',
  participation_round_open: 'participation.vote.round_not_open',
  participation_forum_time: 'participation.vote.forum_over',
  participation_forum_participant: 'participation.vote.not_participant',
  participation_vote_budget: 'participation.vote.over_budget',
  participation_vote_per_option: 'participation.vote.over_option',
};

/** The database's refusal of a ballot (constraint or trigger), as the message a participant understands; else null. */
function refusalOf(error: unknown): string | null {
  const found = error as { code?: string; constraint?: string; message?: string } | null;
  if (!found || (found.code !== '23505' && found.code !== 'P0001' && found.code !== '23503')) return null;
  if (found.constraint && REFUSALS[found.constraint]) return REFUSALS[found.constraint] ?? null;
  if (found.code === '23505') return REFUSALS.participation_ballots_pkey ?? null;
  return 'participation.vote.refused';
}

/**
 * A participant casts their ballot for a round, whole and once. The database keeps the budget, not this code alone:
 * the ballot's primary key (round, participant) lets one ballot in and refuses a replayed request or a second tab,
 * even at the same instant; triggers check that the round is open, the forum running, the participant of the forum,
 * each option within the maximum, and (at commit) the ballot's points equal to the votes'.
 */
export async function castBallot(options: {
  services: AppServices;
  participant: ForumParticipant;
  roundId: string;
  votes: BallotInput;
}): Promise<void> {
  const { services, participant, votes } = options;
  const pointsUsed = votes.reduce((sum, vote) => sum + vote.points, 0);
  const round = await services.db
    .selectFrom('participation_rounds')
    .select(['id', 'forum_id', 'points_per_participant', 'max_per_option'])
    .where('id', '=', options.roundId)
    .executeTakeFirst();
  if (!round || round.forum_id !== participant.forumId) throw new AppError('not_found');
  const field = votes[0] ? `o_${votes[0].optionId}` : 'approve';
  if (pointsUsed > round.points_per_participant)
    throw new AppError('invalid_input', {
      fields: { [field]: { key: 'participation.vote.over_budget', values: { points: round.points_per_participant } } },
    });
  const overOption = votes.find((vote) => vote.points > round.max_per_option);
  if (overOption)
    throw new AppError('invalid_input', {
      fields: {
        [`o_${overOption.optionId}`]: { key: 'participation.vote.over_option', values: { max: round.max_per_option } },
      },
    });
  try {
    await services.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('participation_ballots')
        .values({ round_id: round.id, participant_id: participant.id, points_used: pointsUsed })
        .execute();
      await trx
        .insertInto('participation_votes')
        .values(
          votes.map((vote) => ({
            round_id: round.id,
            participant_id: participant.id,
            option_id: vote.optionId,
            points: vote.points,
          })),
        )
        .execute();
    });
  } catch (error) {
    const messageKey = refusalOf(error);
    if (messageKey) throw new AppError('conflict', { messageKey, cause: error });
    throw error;
  }
}

/** Whether this participant has already cast a ballot in the round (the phone shows "thank you" instead of the form). */
export async function hasVoted(options: {
  services: AppServices;
  participantId: string;
  roundId: string;
}): Promise<boolean> {
  const row = await options.services.db
    .selectFrom('participation_ballots')
    .select('round_id')
    .where('round_id', '=', options.roundId)
    .where('participant_id', '=', options.participantId)
    .executeTakeFirst();
  return row !== undefined;
}
