import type { Kysely } from 'kysely';
import type { UserActor } from '../../../../core/auth/actor.js';
import type { Database } from '../../../../core/db/database.js';
import { AppError } from '../../../../core/errors.js';
import type { AppServices } from '../../../../core/http/types.js';
import { enforceExtraLimit } from '../../../../core/http/rate-limit-store.js';
import { minutes } from '../../../../core/time/durations.js';
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

/** Messages one person may write in ten minutes, across all their conversations. */
export const MESSAGES_PER_PERSON = { max: 20, windowMs: minutes(10) };
/** Messages one conversation may receive in ten minutes, from both sides together. */
export const MESSAGES_PER_CONVERSATION = { max: 30, windowMs: minutes(10) };

function tooManyMessages(): AppError {
  return new AppError('rate_limited', {
    messageKey: 'matching_applications.errors.too_many_messages',
    fields: { body: { key: 'matching_applications.errors.too_many_messages' } },
  });
}

/** Counts a message against a limit and refuses it beyond the limit, with a message at the text field. */
async function countMessage(
  db: Kysely<Database>,
  scope: string,
  key: string,
  limit: { max: number; windowMs: number },
): Promise<void> {
  try {
    await enforceExtraLimit(db, { scope, key, ...limit });
  } catch (error) {
    if (error instanceof AppError && error.code === 'rate_limited') throw tooManyMessages();
    throw error;
  }
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
  // Per person before anything else (every attempt counts); per conversation only once the
  // person may write there, so nobody can use up a conversation that is not theirs.
  await countMessage(services.db, 'matching-messages-person', actor.userId, MESSAGES_PER_PERSON);
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
    await countMessage(trx, 'matching-messages-conversation', application.id, MESSAGES_PER_CONVERSATION);
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
