import type { UserActor } from '../../../core/auth/actor.js';
import type { AppServices } from '../../../core/http/types.js';
import { recordAudit } from '../../../core/audit/record-audit.js';
import { AppError } from '../../../core/errors.js';
import { can } from '../policy.js';

/** An admin removes a member of their own organisation; the last admin cannot remove themselves. */
export async function removeMember(options: {
  services: AppServices;
  actor: UserActor;
  userId: string;
  ip: string;
}): Promise<void> {
  const { services, actor, userId } = options;
  const organisation = actor.organisation;
  if (!organisation || !can(actor, 'remove_member', { id: organisation.id, verified: organisation.isVerified }))
    throw new AppError('forbidden');
  await services.db.transaction().execute(async (trx) => {
    const membership = await trx
      .selectFrom('memberships')
      .select(['role'])
      .where('organisation_id', '=', organisation.id)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    // Someone from another organisation looks exactly like nobody: no hint that the id exists.
    if (!membership) throw new AppError('not_found');
    if (membership.role === 'admin') {
      const admins = await trx
        .selectFrom('memberships')
        .select('user_id')
        .where('organisation_id', '=', organisation.id)
        .where('role', '=', 'admin')
        .execute();
      if (admins.length <= 1) throw new AppError('conflict', { messageKey: 'organisations.members.last_admin' });
    }
    await trx
      .deleteFrom('memberships')
      .where('organisation_id', '=', organisation.id)
      .where('user_id', '=', userId)
      .execute();
    await trx.deleteFrom('sessions').where('user_id', '=', userId).execute();
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'organisation.member_removed',
      subjectType: 'user',
      subjectId: userId,
      organisationId: organisation.id,
      ip: options.ip,
    });
  });
}
