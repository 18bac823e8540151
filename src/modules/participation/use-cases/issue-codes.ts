import type { UserActor } from '../../../core/auth/actor.js';
import { recordAudit } from '../../../core/audit/record-audit.js';
import { authorize } from '../../../core/auth/policy.js';
import { hashToken } from '../../../core/auth/tokens.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import { formatCode, generateCode } from '../codes.js';
import { participationPolicy } from '../policy.js';
import { forumRef, loadForum } from './load-forum.js';

/**
 * The office prints one-time codes for the invited participants ("Teilnehmende 1", "2", …). The codes are returned
 * once, to be printed or handed out; only their hashes are stored. Codes of a forum that is over are never issued.
 */
export async function issueCodes(options: {
  services: AppServices;
  actor: UserActor;
  forumId: string;
  count: number;
  labelPrefix: string;
  ip: string;
  now?: Date;
}): Promise<{ label: string; code: string }[]> {
  const { services, actor } = options;
  const { forum } = await loadForum(services.db, options.forumId);
  authorize(actor, participationPolicy, 'manage_forum', forumRef(forum), { code: 'not_found' });
  if ((options.now ?? new Date()) > forum.ends_at)
    throw new AppError('conflict', { messageKey: 'participation.codes.forum_over' });
  return services.db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('participation_participants')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('forum_id', '=', forum.id)
      .executeTakeFirstOrThrow();
    const start = Number(existing.n);
    const issued = Array.from({ length: options.count }, (_, index) => ({
      label: `${options.labelPrefix} ${start + index + 1}`,
      code: generateCode(),
    }));
    await trx
      .insertInto('participation_participants')
      .values(issued.map(({ label, code }) => ({ forum_id: forum.id, label, code_hash: hashToken(code) })))
      .execute();
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'participation.codes_issued',
      subjectType: 'participation_forum',
      subjectId: forum.id,
      organisationId: forum.organisation_id,
      ip: options.ip,
      details: { count: options.count },
    });
    return issued.map(({ label, code }) => ({ label, code: formatCode(code) }));
  });
}
