import type { UserActor } from '../../../core/auth/actor.js';
import { recordAudit } from '../../../core/audit/record-audit.js';
import { authorize } from '../../../core/auth/policy.js';
import { normaliseCertificateCode } from '../../../core/certificates/code.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import { coursesPolicy } from '../policy.js';

/** The office revokes a course certificate by its code (issued in error, obtained unfairly); audited. */
export async function revokeCourseCertificate(options: {
  services: AppServices;
  actor: UserActor;
  code: string;
  now?: Date;
}): Promise<void> {
  const { services, actor } = options;
  authorize(actor, coursesPolicy, 'revoke', undefined);
  const revoked = await services.db
    .updateTable('course_certificates')
    .set({ revoked_at: options.now ?? new Date(), revoked_by: actor.userId })
    .where('code', '=', normaliseCertificateCode(options.code))
    .where('revoked_at', 'is', null)
    .returning(['id', 'organisation_id'])
    .executeTakeFirst();
  if (!revoked) throw new AppError('invalid_input', { fields: { code: { key: 'courses.admin.revoke_unknown' } } });
  await recordAudit(services.db, {
    actorUserId: actor.userId,
    action: 'courses.certificate_revoked',
    subjectType: 'course_certificate',
    subjectId: revoked.id,
    organisationId: revoked.organisation_id,
  });
}
