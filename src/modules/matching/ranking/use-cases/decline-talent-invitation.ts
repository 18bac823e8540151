import type { UserActor } from '../../../../core/auth/actor.js';
import { authorize } from '../../../../core/auth/policy.js';
import { AppError } from '../../../../core/errors.js';
import type { AppServices } from '../../../../core/http/types.js';
import { appliedAtSql, invitationState } from '../invitations.js';
import { talentsPolicy } from '../policy.js';

/**
 * The applicant declines an invitation to apply. Only the invited person may, only while it is
 * open (not expired, not applied); anyone else learns nothing, not even that it exists (404).
 */
export async function declineTalentInvitation(options: {
  services: AppServices;
  actor: UserActor;
  id: string;
  now?: Date;
}): Promise<void> {
  const { services, actor } = options;
  const now = options.now ?? new Date();
  await services.db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('talent_invitations as i')
      .innerJoin('applicant_profiles as p', 'p.id', 'i.profile_id')
      .select(['i.id', 'i.status', 'i.expires_at', 'p.user_id', appliedAtSql().as('applied_at')])
      .where('i.id', '=', options.id)
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw new AppError('not_found');
    authorize(actor, talentsPolicy, 'answer_invitation', { ownerUserId: row.user_id }, { code: 'not_found' });
    const state = invitationState({ status: row.status, expiresAt: row.expires_at, appliedAt: row.applied_at }, now);
    if (state !== 'open') throw new AppError('conflict', { messageKey: `matching_talents.errors.invitation_${state}` });
    await trx
      .updateTable('talent_invitations')
      .set({ status: 'declined', answered_at: now })
      .where('id', '=', row.id)
      .execute();
  });
}
