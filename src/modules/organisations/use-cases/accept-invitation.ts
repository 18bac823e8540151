import type { UserActor } from '../../../core/auth/actor.js';
import type { AppServices } from '../../../core/http/types.js';
import { hashToken } from '../../../core/auth/tokens.js';
import { recordAudit } from '../../../core/audit/record-audit.js';
import { AppError } from '../../../core/errors.js';

/** Joins the organisation of a valid invitation addressed to the signed-in person's e-mail. */
export async function acceptInvitation(options: {
  services: AppServices;
  actor: UserActor;
  token: string;
  ip: string;
}): Promise<void> {
  const { services, actor } = options;
  await services.db.transaction().execute(async (trx) => {
    const invitation = await trx
      .selectFrom('invitations')
      .selectAll()
      .where('token_hash', '=', hashToken(options.token))
      .where('accepted_at', 'is', null)
      .where('expires_at', '>', new Date())
      .executeTakeFirst();
    if (!invitation) throw new AppError('not_found', { messageKey: 'organisations.invitation.invalid' });
    if (invitation.email.toLowerCase() !== actor.email.toLowerCase())
      throw new AppError('forbidden', { messageKey: 'organisations.invitation.other_address' });
    if (actor.organisation) throw new AppError('conflict', { messageKey: 'organisations.create.already_member' });
    await trx
      .insertInto('memberships')
      .values({ user_id: actor.userId, organisation_id: invitation.organisation_id, role: invitation.role })
      .execute();
    await trx.updateTable('invitations').set({ accepted_at: new Date() }).where('id', '=', invitation.id).execute();
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'organisation.invitation_accepted',
      subjectType: 'invitation',
      subjectId: invitation.id,
      organisationId: invitation.organisation_id,
      ip: options.ip,
    });
  });
}
