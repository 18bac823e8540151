import type { Actor } from '../../../core/auth/actor.js';
import { allows } from '../../../core/auth/policy.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import { participationPolicy } from '../policy.js';
import type { Forum } from '../tables.js';
import { findRound, forumRef, loadForum, type RoundWithOptions } from './load-forum.js';

export interface OptionResult {
  optionId: string;
  label: string;
  /** 1 for the most points; options with equal points share a rank. */
  rank: number;
  points: number;
  /** Share of all points given in the round, 0–100 with one decimal. */
  share: number;
  /** How many participants gave the option at least one point (or ticked it). */
  supporters: number;
  /** Distribution: how many participants gave it 1, 2, … up to the maximum points. */
  distribution: number[];
}

export interface RoundResults {
  forum: Forum;
  round: RoundWithOptions;
  ballots: number;
  totalPoints: number;
  results: OptionResult[];
  canManage: boolean;
}

/**
 * The results of a round: ranking by points (ties share a rank, listed in the options' order), each option's share,
 * its supporters and how the points were spread. Open rounds are shown live to the office and the room; everybody
 * sees the results once the round is closed.
 */
export async function getRoundResults(options: {
  services: AppServices;
  actor: Actor;
  forumId: string;
  roundId: string;
  /** A participant of this forum (phone in the room) may follow the live view of an open round. */
  isParticipant?: boolean;
}): Promise<RoundResults> {
  const { services } = options;
  const { forum, rounds } = await loadForum(services.db, options.forumId);
  const round = findRound(rounds, options.roundId);
  const canManage = allows(options.actor, participationPolicy, 'manage_forum', forumRef(forum));
  const visible = round.status === 'closed' || (round.status === 'open' && (canManage || options.isParticipant));
  if (!visible && !canManage) throw new AppError('not_found');
  const votes = await services.db
    .selectFrom('participation_votes')
    .select(['option_id', 'points'])
    .where('round_id', '=', round.id)
    .execute();
  const totalPoints = votes.reduce((sum, vote) => sum + vote.points, 0);
  const rows = round.options.map((option) => {
    const mine = votes.filter((vote) => vote.option_id === option.id);
    const distribution = Array.from(
      { length: round.max_per_option },
      (_, index) => mine.filter((vote) => vote.points === index + 1).length,
    );
    const points = mine.reduce((sum, vote) => sum + vote.points, 0);
    return {
      optionId: option.id,
      label: option.label,
      rank: 0,
      points,
      share: totalPoints ? Math.round((points / totalPoints) * 1000) / 10 : 0,
      supporters: mine.length,
      distribution,
    };
  });
  const ordered = [...rows].sort((a, b) => b.points - a.points);
  for (const row of ordered) row.rank = 1 + ordered.filter((other) => other.points > row.points).length;
  return { forum, round, ballots: round.ballots, totalPoints, results: ordered, canManage };
}

/** The results as CSV (semicolon, as German spreadsheets open it), with a header line; texts are quoted. */
export function resultsCsv(results: RoundResults, headers: readonly string[]): string {
  const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;
  const guard = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
  const lines = [headers.map(quote).join(';')];
  for (const row of results.results)
    lines.push(
      [
        String(row.rank),
        quote(guard(row.label)),
        String(row.points),
        String(row.share).replace('.', ','),
        String(row.supporters),
        quote(row.distribution.join(' / ')),
      ].join(';'),
    );
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
