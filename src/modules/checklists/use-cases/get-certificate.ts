import type { UserActor } from '../../../core/auth/actor.js';
import { allows } from '../../../core/auth/policy.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import { checklistsPolicy } from '../policy.js';
import type { ChecklistCertificate } from '../tables.js';

/** A certificate for its organisation's members (the PDF) and the platform admins; nobody else learns it exists. */
export async function getCertificate(options: {
  services: AppServices;
  actor: UserActor;
  certificateId: string;
}): Promise<ChecklistCertificate> {
  const { services, actor } = options;
  const certificate = await services.db
    .selectFrom('checklist_certificates')
    .selectAll()
    .where('id', '=', options.certificateId)
    .executeTakeFirst();
  if (
    !certificate ||
    !(
      allows(actor, checklistsPolicy, 'work_on', { organisationId: certificate.organisation_id }) ||
      allows(actor, checklistsPolicy, 'revoke_certificate')
    )
  )
    throw new AppError('not_found');
  return certificate;
}
