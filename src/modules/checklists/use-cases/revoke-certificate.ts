import type { UserActor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/policy.js';
import { recordAudit } from '../../../core/audit/record-audit.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import { checklistsPolicy } from '../policy.js';

/** A platform admin withdraws a certificate; the verification page says so from then on. */
export async function revokeCertificate(options: {
  services: AppServices;
  actor: UserActor;
  code: string;
  ip: string | null;
}): Promise<void> {
  const { services, actor } = options;
  authorize(actor, checklistsPolicy, 'revoke_certificate', undefined);
  await services.db.transaction().execute(async (trx) => {
    const certificate = await trx
      .updateTable('checklist_certificates')
      .set({ revoked_at: new Date() })
      .where('code', '=', options.code)
      .where('revoked_at', 'is', null)
      .returning(['id', 'organisation_id'])
      .executeTakeFirst();
    if (!certificate)
      throw new AppError('not_found', { fields: { code: { key: 'checklists_admin.errors.unknown_code' } } });
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'checklists.certificate_revoked',
      subjectType: 'checklist_certificate',
      subjectId: certificate.id,
      organisationId: certificate.organisation_id,
      ip: options.ip,
    });
  });
}
