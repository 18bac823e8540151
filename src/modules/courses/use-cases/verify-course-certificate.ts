import { normaliseCertificateCode } from '../../../core/certificates/code.js';
import type { AppServices } from '../../../core/http/types.js';

/** What anybody learns from a course certificate's code: who completed which version, when, and whether it holds. */
export interface VerifiedCourseCertificate {
  personName: string;
  organisationName: string;
  version: number;
  issuedAt: Date;
  state: 'valid' | 'revoked';
  revokedAt: Date | null;
}

export async function verifyCourseCertificate(options: {
  services: AppServices;
  code: string;
}): Promise<VerifiedCourseCertificate | null> {
  const row = await options.services.db
    .selectFrom('course_certificates')
    .select(['person_name', 'organisation_name', 'version', 'issued_at', 'revoked_at'])
    .where('code', '=', normaliseCertificateCode(options.code))
    .executeTakeFirst();
  if (!row) return null;
  return {
    personName: row.person_name,
    organisationName: row.organisation_name,
    version: row.version,
    issuedAt: row.issued_at,
    state: row.revoked_at ? 'revoked' : 'valid',
    revokedAt: row.revoked_at,
  };
}
