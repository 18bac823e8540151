import type { UserActor } from '../../../core/auth/actor.js';
import { recordAudit } from '../../../core/audit/record-audit.js';
import { authorize } from '../../../core/auth/policy.js';
import type { AppServices } from '../../../core/http/types.js';
import { participationPolicy } from '../policy.js';
import { loadEntry } from './load-award.js';

/**
 * The office's eligibility check of an entry (in one of the seven cities, founded by people with a migration
 * history, the call's conditions): eligible entries go to the jury; an ineligible one keeps its reason.
 */
export async function setEligibility(options: {
  services: AppServices;
  actor: UserActor;
  entryId: string;
  decision: 'eligible' | 'ineligible';
  reason: string | null;
  ip: string;
}): Promise<void> {
  const { services, actor } = options;
  authorize(actor, participationPolicy, 'manage_award', undefined);
  const { entry } = await loadEntry(services.db, options.entryId);
  await services.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('participation_award_entries')
      .set({ eligibility: options.decision, eligibility_reason: options.reason, checked_by: actor.userId })
      .where('id', '=', entry.id)
      .execute();
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'participation.award_eligibility',
      subjectType: 'participation_award_entry',
      subjectId: entry.id,
      organisationId: actor.organisation?.id ?? null,
      ip: options.ip,
      details: { decision: options.decision },
    });
  });
}
