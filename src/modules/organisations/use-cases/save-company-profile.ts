import type { UserActor } from '../../../core/auth/actor.js';
import { recordAudit } from '../../../core/audit/record-audit.js';
import { authorize } from '../../../core/auth/policy.js';
import type { AppServices } from '../../../core/http/types.js';
import { organisationsPolicy } from '../policy.js';
import type { CompanyProfileInput } from '../schemas.js';
import { loadCompany } from './get-company-profile.js';

/** An admin of a verified company writes its public profile; one row, written whole or not at all. */
export async function saveCompanyProfile(options: {
  services: AppServices;
  actor: UserActor;
  organisationId: string;
  input: CompanyProfileInput;
  ip: string;
}): Promise<void> {
  const { services, actor, input } = options;
  const { ref } = await loadCompany(services, options.organisationId);
  authorize(actor, organisationsPolicy, 'view_profile', ref, { code: 'not_found' });
  authorize(actor, organisationsPolicy, 'edit_profile', ref);
  const columns = {
    about: input.about,
    offers: input.offers,
    commitments: input.commitments,
    offers_mentoring: input.offersMentoring,
    mentoring_note: input.mentoringNote,
    updated_by: actor.userId,
    updated_at: new Date(),
  };
  await services.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('company_profiles')
      .values({ organisation_id: ref.id, ...columns })
      .onConflict((oc) => oc.column('organisation_id').doUpdateSet(columns))
      .execute();
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'organisation.profile_updated',
      subjectType: 'organisation',
      subjectId: ref.id,
      organisationId: ref.id,
      ip: options.ip,
    });
  });
}
