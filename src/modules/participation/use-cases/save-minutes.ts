import type { UserActor } from '../../../core/auth/actor.js';
import { recordAudit } from '../../../core/audit/record-audit.js';
import { authorize } from '../../../core/auth/policy.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import { participationPolicy } from '../policy.js';
import { forumRef, loadForum } from './load-forum.js';

const MINUTES_LIMIT = 40000;

/**
 * The forum's minutes (Markdown): written by the office, or extended by a closed round's results table
 * (`append`). Both go through here, so the length limit and the audit entry are the same.
 */
export async function saveMinutes(options: {
  services: AppServices;
  actor: UserActor;
  forumId: string;
  minutes?: string;
  append?: string;
  ip: string;
}): Promise<void> {
  const { services, actor } = options;
  const { forum } = await loadForum(services.db, options.forumId);
  authorize(actor, participationPolicy, 'manage_forum', forumRef(forum), { code: 'not_found' });
  const minutes = options.append
    ? `${forum.minutes.trimEnd()}${forum.minutes.trim() ? '\n\n' : ''}${options.append}`
    : (options.minutes ?? '');
  if (minutes.length > MINUTES_LIMIT)
    throw new AppError('invalid_input', {
      fields: { minutes: { key: 'validation.too_long', values: { max: MINUTES_LIMIT } } },
    });
  await services.db.transaction().execute(async (trx) => {
    await trx.updateTable('participation_forums').set({ minutes }).where('id', '=', forum.id).execute();
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'participation.minutes_saved',
      subjectType: 'participation_forum',
      subjectId: forum.id,
      organisationId: forum.organisation_id,
      ip: options.ip,
    });
  });
}
