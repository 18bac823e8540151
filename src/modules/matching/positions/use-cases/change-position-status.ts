import type { Kysely } from 'kysely';
import type { UserActor } from '../../../../core/auth/actor.js';
import { recordAudit } from '../../../../core/audit/record-audit.js';
import type { Database } from '../../../../core/db/database.js';
import type { AppServices } from '../../../../core/http/types.js';
import { loadPositionFor, todayString } from '../records.js';

/** Makes a draft public: it appears in the search, on its page and in rankings. */
export async function publishPosition(options: {
  services: AppServices;
  actor: UserActor;
  positionId: string;
  ip: string;
}): Promise<void> {
  const { services, actor } = options;
  await services.db.transaction().execute(async (trx) => {
    const position = await loadPositionFor(trx, actor, 'publish', options.positionId);
    const now = new Date();
    await trx
      .updateTable('positions')
      .set({ status: 'published', published_at: now, updated_at: now })
      .where('id', '=', position.id)
      .execute();
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'matching.position_published',
      subjectType: 'position',
      subjectId: position.id,
      organisationId: position.organisation_id,
      ip: options.ip,
    });
  });
}

/** Ends a published position early (filled, withdrawn). Closing is final. */
export async function closePosition(options: {
  services: AppServices;
  actor: UserActor;
  positionId: string;
  ip: string;
}): Promise<void> {
  const { services, actor } = options;
  await services.db.transaction().execute(async (trx) => {
    const position = await loadPositionFor(trx, actor, 'close', options.positionId);
    const now = new Date();
    await trx
      .updateTable('positions')
      .set({ status: 'closed', closed_at: now, updated_at: now })
      .where('id', '=', position.id)
      .execute();
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'matching.position_closed',
      subjectType: 'position',
      subjectId: position.id,
      organisationId: position.organisation_id,
      ip: options.ip,
    });
  });
}

/**
 * The daily job: published positions whose deadline has passed are closed. Until the job runs,
 * queries already treat them as expired (deadline < today), so nothing depends on its timing.
 */
export async function closeExpiredPositions(db: Kysely<Database>, now = new Date()): Promise<number> {
  const result = await db
    .updateTable('positions')
    .set({ status: 'closed', closed_at: now, updated_at: now })
    .where('status', '=', 'published')
    .where('deadline', '<', todayString(now) as unknown as Date)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
