import type { UserActor } from '../../../core/auth/actor.js';
import { recordAudit } from '../../../core/audit/record-audit.js';
import { authorize } from '../../../core/auth/policy.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import { participationPolicy } from '../policy.js';
import { findRound, forumRef, loadForum } from './load-forum.js';

/**
 * The office opens a draft round for voting, or closes an open one. Closing takes the round's row lock, which every
 * ballot takes too, so no ballot is counted half after the round closed. One round of a forum is open at a time.
 */
export async function setRoundStatus(options: {
  services: AppServices;
  actor: UserActor;
  forumId: string;
  roundId: string;
  to: 'open' | 'closed';
  ip: string;
}): Promise<void> {
  const { services, actor } = options;
  const { forum, rounds } = await loadForum(services.db, options.forumId);
  authorize(actor, participationPolicy, 'manage_forum', forumRef(forum), { code: 'not_found' });
  const round = findRound(rounds, options.roundId);
  const from = options.to === 'open' ? 'draft' : 'open';
  if (round.status !== from) throw new AppError('conflict', { messageKey: `participation.round.cannot_${options.to}` });
  if (options.to === 'open' && rounds.some((other) => other.status === 'open'))
    throw new AppError('conflict', { messageKey: 'participation.round.one_open' });
  await services.db.transaction().execute(async (trx) => {
    const changed = await trx
      .updateTable('participation_rounds')
      .set(
        options.to === 'open' ? { status: 'open', opened_at: new Date() } : { status: 'closed', closed_at: new Date() },
      )
      .where('id', '=', round.id)
      .where('status', '=', from)
      .executeTakeFirst();
    if (Number(changed.numUpdatedRows) !== 1)
      throw new AppError('conflict', { messageKey: `participation.round.cannot_${options.to}` });
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: `participation.round_${options.to}`,
      subjectType: 'participation_round',
      subjectId: round.id,
      organisationId: forum.organisation_id,
      ip: options.ip,
    });
  });
}
