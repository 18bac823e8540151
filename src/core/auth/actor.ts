import type { City } from '../../region/index.js';
import type { MembershipRole, OrganisationType } from '../db/database.js';

export interface ActorOrganisation {
  id: string;
  name: string;
  type: OrganisationType;
  city: City | null;
  role: MembershipRole;
  isVerified: boolean;
}

export interface UserActor {
  kind: 'user';
  userId: string;
  sessionId: string;
  email: string;
  displayName: string;
  locale: string;
  isEmailVerified: boolean;
  organisation: ActorOrganisation | null;
  /** Admins of the verified cooperation office run the platform (verify organisations, read the audit log). */
  isPlatformAdmin: boolean;
}

export type Actor = { kind: 'anonymous' } | UserActor;

export const ANONYMOUS: Actor = { kind: 'anonymous' };
