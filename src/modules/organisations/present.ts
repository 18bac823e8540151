import type { City } from '../../region/index.js';
import type { MembershipRole, Organisation, OrganisationType } from '../../core/db/database.js';
import type { PageWindow } from '../../core/paging.js';

export interface OrganisationOverview {
  id: string;
  name: string;
  type: OrganisationType;
  city: City | null;
  website: string | null;
  isVerified: boolean;
  viewerIsAdmin: boolean;
  /** One page of the members, in name order. */
  members: { id: string; name: string; email: string | null; role: MembershipRole }[];
  /** Which page of the members this is, and how many members there are. */
  memberPages: PageWindow;
  invitations: { email: string; role: MembershipRole; expiresAt: Date }[];
}

/** Members see who belongs to their organisation; only admins see addresses and open invitations. */
export function presentOrganisationOverview(input: {
  organisation: Organisation;
  members: { id: string; display_name: string; email: string; role: MembershipRole }[];
  invitations: { email: string; role: MembershipRole; expires_at: Date }[];
  memberPages: PageWindow;
  viewerIsAdmin: boolean;
}): OrganisationOverview {
  const { organisation, viewerIsAdmin } = input;
  return {
    id: organisation.id,
    name: organisation.name,
    type: organisation.type,
    city: organisation.city,
    website: organisation.website,
    isVerified: organisation.verified_at !== null,
    viewerIsAdmin,
    memberPages: input.memberPages,
    members: input.members.map((m) => ({
      id: m.id,
      name: m.display_name,
      email: viewerIsAdmin ? m.email : null,
      role: m.role,
    })),
    invitations: viewerIsAdmin
      ? input.invitations.map((i) => ({ email: i.email, role: i.role, expiresAt: i.expires_at }))
      : [],
  };
}

export interface PendingOrganisation {
  id: string;
  name: string;
  type: OrganisationType;
  city: City | null;
  website: string | null;
  createdAt: Date;
}

export interface AuditEntryView {
  at: Date;
  action: string;
  actor: string | null;
  subjectType: string;
  subjectId: string | null;
  ip: string | null;
}

/** What anyone may see of a verified organisation. */
export interface PublicOrganisation {
  id: string;
  name: string;
  type: OrganisationType;
  city: City | null;
  website: string | null;
}

export function presentPublicOrganisation(row: {
  id: string;
  name: string;
  type: OrganisationType;
  city: City | null;
  website: string | null;
}): PublicOrganisation {
  return { id: row.id, name: row.name, type: row.type, city: row.city, website: row.website };
}
