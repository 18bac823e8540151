import type { UserActor } from '../../../../core/auth/actor.js';
import { recordAudit } from '../../../../core/audit/record-audit.js';
import { AppError } from '../../../../core/errors.js';
import type { AppServices } from '../../../../core/http/types.js';
import { notifyMessage, notifyStatusChange } from '../notify.js';
import { can } from '../policy.js';
import { requireApplication, writeStatus } from '../records.js';

/**
 * The applicant answers an invitation. Consent reveals name and contact to the company (and is
 * written to the audit trail) and delivers the messages held back until then: each side gets
 * what the other wrote, and a mail says so. Declining ends the application, since an interview
 * needs a name; what was held back stays held back.
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
      const released = await trx
        .updateTable('application_messages')
        .set({ held_back: false, released_at: now })
        .where('application_id', '=', application.id)
        .where('held_back', '=', true)
        .returning('sender')
        .execute();
      if (released.some((message) => message.sender === 'applicant'))
        await notifyMessage(trx, services, { application, to: 'company' });
      if (released.some((message) => message.sender === 'company'))
        await notifyMessage(trx, services, { application, to: 'applicant' });
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
