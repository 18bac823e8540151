import type { Actor } from '../../../../core/auth/actor.js';
import { allows } from '../../../../core/auth/policy.js';
import type { AppServices } from '../../../../core/http/types.js';
import type { ApplicationStatus, Position } from '../../tables.js';
import { positionsPolicy } from '../policy.js';
import { positionRef } from '../records.js';

/** From the company's invitation on, until the procedure ends by decline or withdrawal. */
const INVITED_STATUSES: readonly ApplicationStatus[] = [
  'invited',
  'identity_revealed',
  'interview',
  'offer',
  'contract',
];

export interface PositionContact {
  name: string;
  role: string | null;
  phone: string | null;
  email: string | null;
}

/**
 * The contact person of a position for this reader, or null. Only the company's own members and an
 * applicant the company invited in the anonymised procedure see it; anonymous visitors, other
 * applicants and other companies never do, so the page leaves it out entirely.
 */
export async function findPositionContact(options: {
  services: AppServices;
  actor: Actor;
  position: Position;
}): Promise<PositionContact | null> {
  const { actor, position } = options;
  if (!position.contact_name) return null;
  const isReaderInvited =
    actor.kind === 'user' &&
    (await options.services.db
      .selectFrom('applications')
      .innerJoin('applicant_profiles', 'applicant_profiles.id', 'applications.profile_id')
      .select('applications.id')
      .where('applications.position_id', '=', position.id)
      .where('applicant_profiles.user_id', '=', actor.userId)
      .where('applications.status', 'in', INVITED_STATUSES)
      .executeTakeFirst()) !== undefined;
  if (!allows(actor, positionsPolicy, 'view_contact', { ...positionRef(position), isReaderInvited })) return null;
  return {
    name: position.contact_name,
    role: position.contact_role,
    phone: position.contact_phone,
    email: position.contact_email,
  };
}
