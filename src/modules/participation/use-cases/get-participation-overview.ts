import type { UserActor } from '../../../core/auth/actor.js';
import type { AppServices } from '../../../core/http/types.js';
import { isCoordinator } from '../policy.js';
import { currentAwardRound } from './load-award.js';
import { listOwnTexts } from './list-texts.js';

export interface ParticipationOverview {
  /** The office's forums still to come or running, and the rounds open for voting right now. */
  upcomingForums: number;
  openRounds: number;
  /** Award entries waiting for the office's eligibility check. */
  pendingEligibility: number;
  /** Entries this juror still has to score (the round is with the jury). */
  toScore: number;
  isJuror: boolean;
  ownTexts: { status: 'draft' | 'in_review' | 'published' }[];
  toReview: number;
}

/** What "Mein Bereich" shows of participation for this reader: only their own figures. */
export async function getParticipationOverview(options: {
  services: AppServices;
  actor: UserActor;
  now: Date;
}): Promise<ParticipationOverview> {
  const { services, actor, now } = options;
  const { db } = services;
  const office = isCoordinator(actor);
  const round = await currentAwardRound(db);
  const [forums, rounds, pending, juror, texts] = await Promise.all([
    office
      ? db
          .selectFrom('participation_forums')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('organisation_id', '=', actor.organisation?.id ?? '')
          .where('ends_at', '>=', now)
          .executeTakeFirstOrThrow()
      : { n: 0 },
    office
      ? db
          .selectFrom('participation_rounds as r')
          .innerJoin('participation_forums as f', 'f.id', 'r.forum_id')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('f.organisation_id', '=', actor.organisation?.id ?? '')
          .where('r.status', '=', 'open')
          .executeTakeFirstOrThrow()
      : { n: 0 },
    office && round
      ? db
          .selectFrom('participation_award_entries')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('round_id', '=', round.id)
          .where('eligibility', '=', 'pending')
          .executeTakeFirstOrThrow()
      : { n: 0 },
    round
      ? db
          .selectFrom('participation_jurors')
          .select('user_id')
          .where('round_id', '=', round.id)
          .where('user_id', '=', actor.userId)
          .executeTakeFirst()
      : undefined,
    listOwnTexts({ services, actor }),
  ]);
  let toScore = 0;
  if (round && juror && round.status === 'jury') {
    const row = await db
      .selectFrom('participation_award_entries as e')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('e.round_id', '=', round.id)
      .where('e.eligibility', '=', 'eligible')
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('participation_score_submissions as s')
              .select('s.entry_id')
              .whereRef('s.entry_id', '=', 'e.id')
              .where('s.user_id', '=', actor.userId),
          ),
        ),
      )
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('participation_conflicts as c')
              .select('c.entry_id')
              .whereRef('c.entry_id', '=', 'e.id')
              .where('c.user_id', '=', actor.userId),
          ),
        ),
      )
      .executeTakeFirstOrThrow();
    toScore = Number(row.n);
  }
  return {
    upcomingForums: Number(forums.n),
    openRounds: Number(rounds.n),
    pendingEligibility: Number(pending.n),
    toScore,
    isJuror: juror !== undefined,
    ownTexts: texts.own,
    toReview: texts.toReview.length,
  };
}
