import type { AppServices } from '../../../core/http/types.js';
import type { Audience } from '../tables.js';

export type CertificateState = 'valid' | 'expired' | 'revoked';

export interface VerifiedCertificate {
  organisationName: string;
  audience: Audience;
  level: number;
  issuedAt: Date;
  validUntil: Date;
  state: CertificateState;
  revokedAt: Date | null;
}

/** Looks a certificate up by its code, for anybody: what it says and whether it still holds. */
export async function verifyCertificate(options: {
  services: AppServices;
  code: string;
  now?: Date;
}): Promise<VerifiedCertificate | null> {
  const now = options.now ?? new Date();
  const row = await options.services.db
    .selectFrom('checklist_certificates')
    .select(['organisation_name', 'audience', 'level', 'issued_at', 'valid_until', 'revoked_at'])
    .where('code', '=', options.code.trim().toUpperCase())
    .executeTakeFirst();
  if (!row) return null;
  return {
    organisationName: row.organisation_name,
    audience: row.audience,
    level: row.level,
    issuedAt: row.issued_at,
    validUntil: row.valid_until,
    revokedAt: row.revoked_at,
    state: row.revoked_at ? 'revoked' : row.valid_until <= now ? 'expired' : 'valid',
  };
}
