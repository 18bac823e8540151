import type { UserActor } from '../../../../core/auth/actor.js';
import { recordAudit } from '../../../../core/audit/record-audit.js';
import { AppError } from '../../../../core/errors.js';
import type { AppServices } from '../../../../core/http/types.js';
import { notifyStatusChange } from '../notify.js';
import { can } from '../policy.js';
import { requireApplication, writeStatus } from '../records.js';
import { canApplicantWithdraw } from '../statuses.js';

/**
 * The applicant withdraws, at any time. After a reveal the company no longer sees name and
 * contact (the presenter shows identity only while the procedure runs); the audit trail of who
 * saw it stays.
 */
export async function withdrawApplication(options: {
  services: AppServices;
  actor: UserActor;
  id: string;
  ip: string;
  now?: Date;
}): Promise<void> {
  const { services, actor } = options;
  const now = options.now ?? new Date();
  await services.db.transaction().execute(async (trx) => {
    const application = await requireApplication(trx, options.id, (a) => can(actor, 'withdraw', a), { lock: true });
    if (!canApplicantWithdraw(application.status))
      throw new AppError('conflict', { messageKey: 'matching_applications.errors.already_ended' });
    await writeStatus(trx, application, {
      to: 'withdrawn',
      actor: 'applicant',
      actorUserId: actor.userId,
      now,
      set: { withdrawn_at: now },
    });
    if (application.consentAt) {
      await recordAudit(trx, {
        actorUserId: actor.userId,
        action: 'application.identity_hidden',
        subjectType: 'application',
        subjectId: application.id,
        organisationId: application.organisationId,
        ip: options.ip,
        details: { pseudonym: application.pseudonym, reason: 'withdrawn' },
      });
    }
    await notifyStatusChange(trx, services, { application, status: 'withdrawn', actorUserId: actor.userId });
  });
}
