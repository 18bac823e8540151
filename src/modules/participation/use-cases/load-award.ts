import type { Kysely } from 'kysely';
import type { UserActor } from '../../../core/auth/actor.js';
import type { Database } from '../../../core/db/database.js';
import { AppError } from '../../../core/errors.js';
import type { AwardEntry, AwardStatus } from '../tables.js';

export interface AwardRound {
  id: string;
  year: number;
  callText: string;
  closesOn: Date;
  status: AwardStatus;
}

/** The newest award round (the current call), or null before the first. Shared by the award's use-cases. */
export async function currentAwardRound(db: Kysely<Database>): Promise<AwardRound | null> {
  const row = await db.selectFrom('participation_award_rounds').selectAll().orderBy('year', 'desc').executeTakeFirst();
  return row
    ? { id: row.id, year: row.year, callText: row.call_text, closesOn: row.closes_on, status: row.status }
    : null;
}

/** An entry with its round, or not_found. */
export async function loadEntry(
  db: Kysely<Database>,
  entryId: string,
): Promise<{ entry: AwardEntry; roundStatus: AwardStatus; year: number }> {
  const row = await db
    .selectFrom('participation_award_entries as e')
    .innerJoin('participation_award_rounds as r', 'r.id', 'e.round_id')
    .selectAll('e')
    .select(['r.status as round_status', 'r.year'])
    .where('e.id', '=', entryId)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found');
  const { round_status, year, ...entry } = row;
  return { entry, roundStatus: round_status, year };
}

/** What a juror's rules need about one entry: on the jury, conflict declared, own scores submitted. */
export async function jurorStanding(
  db: Kysely<Database>,
  actor: UserActor,
  entry: Pick<AwardEntry, 'id' | 'round_id'>,
): Promise<{ isJuror: boolean; hasConflict: boolean; hasSubmitted: boolean }> {
  const [juror, conflict, submitted] = await Promise.all([
    db
      .selectFrom('participation_jurors')
      .select('user_id')
      .where('round_id', '=', entry.round_id)
      .where('user_id', '=', actor.userId)
      .executeTakeFirst(),
    db
      .selectFrom('participation_conflicts')
      .select('user_id')
      .where('entry_id', '=', entry.id)
      .where('user_id', '=', actor.userId)
      .executeTakeFirst(),
    db
      .selectFrom('participation_score_submissions')
      .select('user_id')
      .where('entry_id', '=', entry.id)
      .where('user_id', '=', actor.userId)
      .executeTakeFirst(),
  ]);
  return { isJuror: juror !== undefined, hasConflict: conflict !== undefined, hasSubmitted: submitted !== undefined };
}
