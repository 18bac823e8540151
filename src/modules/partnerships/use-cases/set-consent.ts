import type { UserActor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/policy.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import { partnershipsPolicy } from '../policy.js';
import { auditPartnership, partnershipSubject } from '../records.js';
import { loadAsParty } from './load-party.js';

/**
 * One side gives or withdraws its consent to the public list. The list reads the two consents on every
 * request, so a withdrawal takes the partnership off the list at once.
 */
export async function setConsent(options: {
  services: AppServices;
  actor: UserActor;
  partnershipId: string;
  consent: boolean;
}): Promise<void> {
  const { services, actor } = options;
  const { partnership, side } = await loadAsParty(services, actor, options.partnershipId);
  authorize(actor, partnershipsPolicy, 'set_consent', partnershipSubject(partnership));
  if (partnership.status !== 'active' && partnership.status !== 'proposed')
    throw new AppError('conflict', { messageKey: 'partnerships.errors.not_running' });
  await services.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('partnerships')
      .set({ [`${side}_consent`]: options.consent })
      .where('id', '=', partnership.id)
      .execute();
    await auditPartnership(trx, actor, options.consent ? 'consent_given' : 'consent_withdrawn', partnership.id);
  });
}
