import type { UserActor } from '../../../../core/auth/actor.js';
import { AppError } from '../../../../core/errors.js';
import type { AppServices } from '../../../../core/http/types.js';
import { notifyStatusChange } from '../notify.js';
import { can } from '../policy.js';
import { requireApplication, writeStatus } from '../records.js';
import { canCompanySet, type CompanyStatus } from '../statuses.js';
import { insertMessage } from './post-message.js';

/**
 * The company moves an application on: in review, invited (which asks the applicant to consent
 * to the reveal), interview, offer, contract, or declined. An optional note goes into the thread
 * under the same rules as any message.
 */
export async function setApplicationStatus(options: {
  services: AppServices;
  actor: UserActor;
  id: string;
  status: CompanyStatus;
  note?: string | null | undefined;
  now?: Date;
}): Promise<{ noteHeldBack: boolean }> {
  const { services, actor, status } = options;
  const now = options.now ?? new Date();
  return services.db.transaction().execute(async (trx) => {
    const application = await requireApplication(trx, options.id, (a) => can(actor, 'set_status', a), { lock: true });
    if (!canCompanySet(application.status, status)) {
      throw new AppError('conflict', {
        messageKey: 'matching_applications.errors.transition',
        fields: { status: { key: 'matching_applications.errors.transition' } },
      });
    }
    await writeStatus(trx, application, {
      to: status,
      actor: 'company',
      actorUserId: actor.userId,
      now,
      set: status === 'invited' ? { invited_at: now } : {},
    });
    let noteHeldBack = false;
    if (options.note)
      noteHeldBack = (
        await insertMessage(trx, {
          application: { ...application, status },
          sender: 'company',
          senderUserId: actor.userId,
          body: options.note,
          now,
        })
      ).heldBack;
    await notifyStatusChange(trx, services, { application, status, actorUserId: actor.userId });
    return { noteHeldBack };
  });
}
