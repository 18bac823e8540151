import type { UserActor } from '../../../core/auth/actor.js';
import { recordAudit } from '../../../core/audit/record-audit.js';
import { authorize } from '../../../core/auth/policy.js';
import type { AppServices } from '../../../core/http/types.js';
import { participationPolicy } from '../policy.js';
import type { RoundInput } from '../schemas.js';
import { forumRef, loadForum } from './load-forum.js';

/** The office adds a prioritisation round with its options and voting rules (open later, frozen at the first vote). */
export async function addRound(options: {
  services: AppServices;
  actor: UserActor;
  forumId: string;
  input: RoundInput;
  ip: string;
}): Promise<string> {
  const { services, actor, input } = options;
  const { forum } = await loadForum(services.db, options.forumId);
  authorize(actor, participationPolicy, 'manage_forum', forumRef(forum), { code: 'not_found' });
  return services.db.transaction().execute(async (trx) => {
    const round = await trx
      .insertInto('participation_rounds')
      .values({
        forum_id: forum.id,
        question: input.question,
        mode: input.mode,
        points_per_participant: input.pointsPerParticipant,
        max_per_option: input.maxPerOption,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('participation_options')
      .values(input.labels.map((label, index) => ({ round_id: round.id, label, position: index + 1 })))
      .execute();
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'participation.round_added',
      subjectType: 'participation_round',
      subjectId: round.id,
      organisationId: forum.organisation_id,
      ip: options.ip,
    });
    return round.id;
  });
}
