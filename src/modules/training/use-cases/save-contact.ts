import type { UserActor } from '../../../core/auth/actor.js';
import { recordAudit } from '../../../core/audit/record-audit.js';
import { authorize } from '../../../core/auth/policy.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import { trainingPolicy } from '../policy.js';
import type { ContactInput } from '../schemas.js';
import type { TrainingContact } from '../tables.js';

/** One contact for the office's edit form. */
export async function getContact(options: {
  services: Pick<AppServices, 'db'>;
  actor: UserActor;
  contactId: string;
}): Promise<TrainingContact> {
  authorize(options.actor, trainingPolicy, 'maintain', undefined);
  const contact = await options.services.db
    .selectFrom('training_contacts')
    .selectAll()
    .where('id', '=', options.contactId)
    .executeTakeFirst();
  if (!contact) throw new AppError('not_found');
  return contact;
}

/** The office adds a contact or saves one (saving sets its review date); `contactId` null adds. */
export async function saveContact(options: {
  services: Pick<AppServices, 'db'>;
  actor: UserActor;
  contactId: string | null;
  input: ContactInput;
  ip: string | null;
  now?: Date;
}): Promise<{ id: string }> {
  const { services, actor, input } = options;
  authorize(actor, trainingPolicy, 'maintain', undefined);
  const now = options.now ?? new Date();
  const values = { ...input, reviewed_at: now, reviewed_by: actor.userId };
  return services.db.transaction().execute(async (trx) => {
    const row = options.contactId
      ? await trx
          .updateTable('training_contacts')
          .set(values)
          .where('id', '=', options.contactId)
          .returning('id')
          .executeTakeFirst()
      : await trx.insertInto('training_contacts').values(values).returning('id').executeTakeFirstOrThrow();
    if (!row) throw new AppError('not_found');
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: options.contactId ? 'training.contact_saved' : 'training.contact_added',
      subjectType: 'training_contact',
      subjectId: row.id,
      ip: options.ip,
    });
    return row;
  });
}
