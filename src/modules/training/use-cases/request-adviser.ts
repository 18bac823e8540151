import type { UserActor } from '../../../core/auth/actor.js';
import { recordAudit } from '../../../core/audit/record-audit.js';
import { authorize } from '../../../core/auth/policy.js';
import type { AppServices } from '../../../core/http/types.js';
import { trainingPolicy } from '../policy.js';
import type { AdviserRequestInput } from '../schemas.js';

/**
 * A company asks for a personal adviser: what it needs, how it wants to be contacted (a telephone number only
 * when it prefers a call) and its consent to pass this on to the coordination office. Lands on the office's desk.
 */
export async function requestAdviser(options: {
  services: Pick<AppServices, 'db'>;
  actor: UserActor;
  input: AdviserRequestInput;
  ip: string | null;
  now?: Date;
}): Promise<{ id: string }> {
  const { services, actor, input } = options;
  const organisationId = actor.organisation?.id ?? '';
  authorize(actor, trainingPolicy, 'work_on', { organisationId });
  return services.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('training_adviser_requests')
      .values({
        organisation_id: organisationId,
        requested_by: actor.userId,
        needs: input.needs,
        contact_preference: input.contact_preference,
        phone: input.contact_preference === 'phone' ? (input.phone ?? null) : null,
        consent_at: options.now ?? new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'training.adviser_requested',
      subjectType: 'training_adviser_request',
      subjectId: row.id,
      organisationId,
      ip: options.ip,
    });
    return row;
  });
}
