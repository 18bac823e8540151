import type { Kysely } from 'kysely';
import type { UserActor } from '../../../../core/auth/actor.js';
import type { Database } from '../../../../core/db/database.js';
import { AppError } from '../../../../core/errors.js';
import type { AppServices } from '../../../../core/http/types.js';
import { detectContactData, nameParts, type ContactDataKind } from '../../shared/index.js';
import { readOwnPersonalPart } from '../identity-store.js';
import { notifyMessage } from '../notify.js';
import { can } from '../policy.js';
import { requireApplication, type ApplicationRecord } from '../records.js';
import { isIdentityVisible, isOpen } from '../statuses.js';

/**
 * Writes a message into the thread. Before the reveal, a message with contact data (or, from the
 * applicant, their own name) is stored held back: the sender sees it with a notice, the other
 * side gets it only when the applicant consents (answer-invitation.ts delivers it). After the
 * reveal messages pass.
 */
export async function insertMessage(
  trx: Kysely<Database>,
  options: {
    application: Pick<ApplicationRecord, 'id' | 'status' | 'consentAt' | 'profileId'>;
    sender: 'company' | 'applicant';
    senderUserId: string;
    body: string;
    now: Date;
  },
): Promise<{ heldBack: boolean; found: ContactDataKind[] }> {
  const { application } = options;
  let found: ContactDataKind[] = [];
  if (!isIdentityVisible({ status: application.status, consent_at: application.consentAt })) {
    const own =
      options.sender === 'applicant' && application.profileId
        ? await readOwnPersonalPart(trx, application.profileId)
        : null;
    found = detectContactData(options.body, { names: nameParts(own?.full_name) });
  }
  const heldBack = found.length > 0;
  await trx
    .insertInto('application_messages')
    .values({
      application_id: application.id,
      sender: options.sender,
      sender_user_id: options.senderUserId,
      body: options.body,
      held_back: heldBack,
      created_at: options.now,
    })
    .execute();
  await trx.updateTable('applications').set({ updated_at: options.now }).where('id', '=', application.id).execute();
  return { heldBack, found };
}

export async function postMessage(options: {
  services: AppServices;
  actor: UserActor;
  id: string;
  side: 'company' | 'applicant';
  body: string;
  now?: Date;
}): Promise<{ heldBack: boolean }> {
  const { services, actor, side } = options;
  const now = options.now ?? new Date();
  return services.db.transaction().execute(async (trx) => {
    const application = await requireApplication(
      trx,
      options.id,
      (a) => can(actor, side === 'company' ? 'message_as_company' : 'message_as_applicant', a),
      { lock: true },
    );
    if (!isOpen(application.status) && application.status !== 'contract') {
      throw new AppError('conflict', {
        messageKey: 'matching_applications.errors.thread_closed',
        fields: { body: { key: 'matching_applications.errors.thread_closed' } },
      });
    }
    const result = await insertMessage(trx, {
      application,
      sender: side,
      senderUserId: actor.userId,
      body: options.body,
      now,
    });
    if (!result.heldBack)
      await notifyMessage(trx, services, { application, to: side === 'company' ? 'applicant' : 'company' });
    return { heldBack: result.heldBack };
  });
}
