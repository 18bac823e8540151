import type { UserActor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/policy.js';
import type { AppServices } from '../../../core/http/types.js';
import { partnershipsPolicy } from '../policy.js';
import { auditPartnership, expectChanged, partnershipSubject } from '../records.js';
import { loadAsParty } from './load-party.js';

/**
 * Either side ends a running partnership with a reason. It leaves the public list at once, both contact
 * persons are removed, and the record with its activities and reviews stays for the two organisations
 * until the retention limit (decision 035).
 */
export async function endPartnership(options: {
  services: AppServices;
  actor: UserActor;
  partnershipId: string;
  reason: string;
  ip?: string;
}): Promise<void> {
  const { services, actor } = options;
  const { partnership } = await loadAsParty(services, actor, options.partnershipId);
  authorize(actor, partnershipsPolicy, 'end_partnership', partnershipSubject(partnership));
  await services.db.transaction().execute(async (trx) => {
    const ended = await trx
      .updateTable('partnerships')
      .set({
        status: 'ended',
        ended_at: new Date(),
        end_reason: options.reason,
        review_due_on: null,
        school_consent: false,
        company_consent: false,
        school_contact_name: null,
        school_contact_email: null,
        school_contact_phone: null,
        company_contact_name: null,
        company_contact_email: null,
        company_contact_phone: null,
      })
      .where('id', '=', partnership.id)
      .where('status', '=', 'active')
      .executeTakeFirst();
    expectChanged(ended, 'partnerships.errors.not_running');
    await auditPartnership(trx, actor, 'ended', partnership.id, { ip: options.ip });
  });
}
