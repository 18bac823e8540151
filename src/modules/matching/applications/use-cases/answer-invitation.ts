import type { UserActor } from '../../../../core/auth/actor.js';
import { recordAudit } from '../../../../core/audit/record-audit.js';
import { AppError } from '../../../../core/errors.js';
import type { AppServices } from '../../../../core/http/types.js';
import { notifyStatusChange } from '../notify.js';
import { can } from '../policy.js';
import { requireApplication, writeStatus } from '../records.js';

/**
 * The applicant answers an invitation. Consent reveals name and contact to the company (and is
 * written to the audit trail); declining ends the application, since an interview needs a name.
 */
export async function answerInvitation(options: {
  services: AppServices;
  actor: UserActor;
  id: string;
  decision: 'consent' | 'decline';
  ip: string;
  now?: Date;
}): Promise<void> {
  const { services, actor } = options;
  const now = options.now ?? new Date();
  await services.db.transaction().execute(async (trx) => {
    const application = await requireApplication(trx, options.id, (a) => can(actor, 'answer_invitation', a), {
      lock: true,
    });
    if (application.status !== 'invited')
      throw new AppError('conflict', { messageKey: 'matching_applications.errors.no_invitation' });
    if (options.decision === 'consent') {
      await writeStatus(trx, application, {
        to: 'identity_revealed',
        actor: 'applicant',
        actorUserId: actor.userId,
        now,
        set: { consent_at: now },
      });
      await recordAudit(trx, {
        actorUserId: actor.userId,
        action: 'application.identity_revealed',
        subjectType: 'application',
        subjectId: application.id,
        organisationId: application.organisationId,
        ip: options.ip,
        details: {
          pseudonym: application.pseudonym,
          profile_id: application.profileId,
          revealed_to_organisation: application.organisationId,
        },
      });
      await notifyStatusChange(trx, services, { application, status: 'identity_revealed', actorUserId: actor.userId });
      return;
    }
    await writeStatus(trx, application, {
      to: 'withdrawn',
      actor: 'applicant',
      actorUserId: actor.userId,
      reason: 'consent_declined',
      now,
      set: { withdrawn_at: now, closed_reason: 'consent_declined' },
    });
    await notifyStatusChange(trx, services, {
      application,
      status: 'withdrawn',
      actorUserId: actor.userId,
      reason: 'consent_declined',
    });
  });
}
