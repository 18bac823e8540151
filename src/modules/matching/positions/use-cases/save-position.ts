import type { UserActor } from '../../../../core/auth/actor.js';
import { recordAudit } from '../../../../core/audit/record-audit.js';
import { AppError } from '../../../../core/errors.js';
import type { AppServices } from '../../../../core/http/types.js';
import { canCreatePositions } from '../policy.js';
import { loadPositionFor, positionColumns } from '../records.js';
import type { PositionInput } from '../schemas.js';

/** A member of a verified company drafts a position for it. */
export async function createPosition(options: {
  services: AppServices;
  actor: UserActor;
  input: PositionInput;
  ip: string;
}): Promise<string> {
  const { services, actor, input } = options;
  const organisation = actor.organisation;
  if (!organisation || !canCreatePositions(actor)) throw new AppError('forbidden');
  return services.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('positions')
      .values({
        organisation_id: organisation.id,
        created_by: actor.userId,
        status: 'draft',
        ...positionColumns(input),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'matching.position_created',
      subjectType: 'position',
      subjectId: row.id,
      organisationId: organisation.id,
      ip: options.ip,
    });
    return row.id;
  });
}

/** Edits a draft or published position of the actor's own company. */
export async function updatePosition(options: {
  services: AppServices;
  actor: UserActor;
  positionId: string;
  input: PositionInput;
  ip: string;
}): Promise<void> {
  const { services, actor, input } = options;
  await services.db.transaction().execute(async (trx) => {
    const position = await loadPositionFor(trx, actor, 'edit', options.positionId);
    await trx
      .updateTable('positions')
      .set({ ...positionColumns(input), updated_at: new Date() })
      .where('id', '=', position.id)
      .execute();
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'matching.position_updated',
      subjectType: 'position',
      subjectId: position.id,
      organisationId: position.organisation_id,
      ip: options.ip,
    });
  });
}
