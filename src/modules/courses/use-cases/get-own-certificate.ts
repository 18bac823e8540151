import type { UserActor } from '../../../core/auth/actor.js';
import { allows } from '../../../core/auth/policy.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import { coursesPolicy } from '../policy.js';
import type { CourseCertificate } from '../tables.js';

/** A certificate for the person it names; for anybody else it does not exist. */
export async function getOwnCertificate(options: {
  services: AppServices;
  actor: UserActor;
  certificateId: string;
}): Promise<CourseCertificate> {
  const certificate = await options.services.db
    .selectFrom('course_certificates')
    .selectAll()
    .where('id', '=', options.certificateId)
    .executeTakeFirst();
  if (
    !certificate ||
    certificate.revoked_at ||
    !allows(options.actor, coursesPolicy, 'own', { userId: certificate.user_id })
  )
    throw new AppError('not_found');
  return certificate;
}
