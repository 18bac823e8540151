import type { Kysely } from 'kysely';
import type { UserActor } from '../../core/auth/actor.js';
import { recordAudit } from '../../core/audit/record-audit.js';
import { authorize } from '../../core/auth/policy.js';
import type { Database } from '../../core/db/database.js';
import { AppError } from '../../core/errors.js';
import type { AppServices } from '../../core/http/types.js';
import { monitoringPolicy } from './policy.js';

/** Who changes the work programme, and from where (for the audit trail). */
export interface ProgrammeChange {
  services: AppServices;
  actor: UserActor;
  initiativeId: string;
  ip?: string | undefined;
}

/**
 * Every change of an initiative goes through here: only the coordination office, the initiative
 * locked while it changes, and one audit entry (action and what changed) in the same transaction.
 */
export async function changeInitiative<R>(
  change: ProgrammeChange,
  action: string,
  apply: (trx: Kysely<Database>) => Promise<{ result: R; details: Record<string, unknown> }>,
): Promise<R> {
  const { services, actor, initiativeId } = change;
  authorize(actor, monitoringPolicy, 'manage_work_programme', undefined);
  return services.db.transaction().execute(async (trx) => {
    const initiative = await trx
      .selectFrom('monitoring_initiatives')
      .select('id')
      .where('id', '=', initiativeId)
      .forUpdate()
      .executeTakeFirst();
    if (!initiative) throw new AppError('not_found');
    const { result, details } = await apply(trx);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action,
      subjectType: 'monitoring_initiative',
      subjectId: initiativeId,
      organisationId: actor.organisation?.id ?? null,
      ip: change.ip ?? null,
      details,
    });
    return result;
  });
}

/** A milestone of the initiative, or not found (a milestone of another initiative is not found either). */
export async function milestoneOf(trx: Kysely<Database>, initiativeId: string, milestoneId: string) {
  const milestone = await trx
    .selectFrom('monitoring_milestones')
    .select(['id', 'title', 'due_on', 'reached_on'])
    .where('id', '=', milestoneId)
    .where('initiative_id', '=', initiativeId)
    .executeTakeFirst();
  if (!milestone) throw new AppError('not_found');
  return milestone;
}
