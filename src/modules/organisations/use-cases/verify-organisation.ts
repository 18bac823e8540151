import type { UserActor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/policy.js';
import type { AppServices } from '../../../core/http/types.js';
import { recordAudit } from '../../../core/audit/record-audit.js';
import { AppError } from '../../../core/errors.js';
import { organisationsPolicy } from '../policy.js';

/** A platform admin confirms that an organisation is who it says it is; from then on it may publish. */
export async function verifyOrganisation(options: {
  services: AppServices;
  actor: UserActor;
  organisationId: string;
  ip: string;
}): Promise<void> {
  const { services, actor, organisationId } = options;
  await services.db.transaction().execute(async (trx) => {
    const organisation = await trx
      .selectFrom('organisations')
      .select(['id', 'verified_at'])
      .where('id', '=', organisationId)
      .executeTakeFirst();
    if (!organisation) throw new AppError('not_found');
    authorize(actor, organisationsPolicy, 'verify', {
      id: organisation.id,
      verified: organisation.verified_at !== null,
    });
    await trx
      .updateTable('organisations')
      .set({ verified_at: new Date(), verified_by: actor.userId, updated_at: new Date() })
      .where('id', '=', organisationId)
      .execute();
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'organisation.verified',
      subjectType: 'organisation',
      subjectId: organisationId,
      organisationId,
      ip: options.ip,
    });
  });
}
