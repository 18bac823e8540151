import type { Kysely } from 'kysely';
import { recordAudit } from '../../../core/audit/record-audit.js';
import type { UserActor } from '../../../core/auth/actor.js';
import type { Database } from '../../../core/db/database.js';
import type { ApplicationRecord } from './records.js';
import { isIdentityVisible } from './statuses.js';

/**
 * THE privacy boundary of the anonymised procedure. This file is the only place in the codebase
 * that puts identity fields into a company's view, and only for an application whose applicant
 * has consented and that is still running (not declined, not withdrawn). Name and contact only:
 * birth date, gender, nationality, place of birth, marital status, disability and photos are
 * never read here (photos are not stored at all). Every look is written to the audit trail.
 */
export interface RevealedIdentity {
  name: string;
  email: string | null;
  phone: string | null;
  address: string | null;
}

interface IdentityRow {
  full_name: string;
  contact_email: string | null;
  phone: string | null;
  address: string | null;
}

/** The single presenter of a revealed identity; it refuses (returns null) unless the application allows the reveal. */
export function presentRevealedIdentity(
  application: Pick<ApplicationRecord, 'status' | 'consentAt'>,
  identity: IdentityRow | undefined,
): RevealedIdentity | null {
  if (!identity || !isIdentityVisible({ status: application.status, consent_at: application.consentAt })) return null;
  return { name: identity.full_name, email: identity.contact_email, phone: identity.phone, address: identity.address };
}

/**
 * Loads the identity for a company member's view of the application and records that they saw it.
 * Runs only after the caller checked that the actor is on the company side.
 */
export async function revealIdentityToCompany(
  db: Kysely<Database>,
  options: { actor: UserActor; application: ApplicationRecord; ip: string | null; via: 'page' | 'api' },
): Promise<RevealedIdentity | null> {
  const { actor, application } = options;
  if (!application.profileId || !isIdentityVisible({ status: application.status, consent_at: application.consentAt }))
    return null;
  const identity = await db
    .selectFrom('applicant_identities')
    .select(['full_name', 'contact_email', 'phone', 'address'])
    .where('profile_id', '=', application.profileId)
    .executeTakeFirst();
  const revealed = presentRevealedIdentity(application, identity);
  if (revealed) {
    await recordAudit(db, {
      actorUserId: actor.userId,
      action: 'application.identity_viewed',
      subjectType: 'application',
      subjectId: application.id,
      organisationId: application.organisationId,
      ip: options.ip,
      details: { pseudonym: application.pseudonym, profile_id: application.profileId, via: options.via },
    });
  }
  return revealed;
}
