import type { UserActor } from '../../../../core/auth/actor.js';
import { AppError } from '../../../../core/errors.js';
import type { AppServices } from '../../../../core/http/types.js';
import { invitationExpiry, mailInvitation } from '../invitations.js';
import { isTakingApplications, loadTalentTarget } from './talent-target.js';

/**
 * A company member invites a ranked talent to apply to the position. The invitation only asks:
 * the applicant decides, and if they apply, they do so through the anonymised procedure under a
 * new pseudonym — the company learns no name here. The applicant gets a mail.
 */
export async function inviteTalent(options: {
  services: AppServices;
  actor: UserActor;
  positionId: string;
  profileId: string;
  now?: Date;
}): Promise<{ id: string; pseudonym: string }> {
  const { services, actor } = options;
  const now = options.now ?? new Date();
  return services.db.transaction().execute(async (trx) => {
    const { position, profile } = await loadTalentTarget(trx, { ...options, action: 'invite_talent' });
    if (!isTakingApplications(position, now))
      throw new AppError('conflict', { messageKey: 'matching_talents.errors.position_not_open' });
    const applied = await trx
      .selectFrom('applications')
      .select('id')
      .where('position_id', '=', position.id)
      .where('profile_id', '=', profile.id)
      .where('status', 'not in', ['withdrawn', 'declined'])
      .executeTakeFirst();
    if (applied) throw new AppError('conflict', { messageKey: 'matching_talents.errors.already_applied' });
    const expiresAt = invitationExpiry(now);
    const inserted = await trx
      .insertInto('talent_invitations')
      .values({
        position_id: position.id,
        profile_id: profile.id,
        organisation_id: position.organisation_id,
        invited_by: actor.userId,
        created_at: now,
        expires_at: expiresAt,
      })
      .onConflict((oc) => oc.columns(['position_id', 'profile_id']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) throw new AppError('conflict', { messageKey: 'matching_talents.errors.already_invited' });
    const organisation = await trx
      .selectFrom('organisations')
      .select('name')
      .where('id', '=', position.organisation_id)
      .executeTakeFirstOrThrow();
    await mailInvitation(trx, services, {
      profileId: profile.id,
      positionTitle: position.title,
      organisationName: organisation.name,
      expiresAt,
    });
    return { id: inserted.id, pseudonym: profile.pseudonym };
  });
}
