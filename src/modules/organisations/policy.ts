import type { Actor } from '../../core/auth/actor.js';

/**
 * Who may do what with an organisation. Read it as a table: each action names the only
 * people who may take it; everybody else, including anonymous visitors, may not.
 */
export type OrganisationAction = 'view' | 'invite' | 'remove_member' | 'verify';
export type PlatformAction = 'review_organisations' | 'read_audit_log';

export interface OrganisationRef {
  id: string;
  verified: boolean;
}

export function can(actor: Actor, action: OrganisationAction, organisation: OrganisationRef): boolean {
  if (actor.kind !== 'user') return false;
  const own = actor.organisation?.id === organisation.id;
  const ownAdmin = own && actor.organisation?.role === 'admin';
  switch (action) {
    case 'view':
      return own || actor.isPlatformAdmin;
    case 'invite':
    case 'remove_member':
      return ownAdmin;
    case 'verify':
      return actor.isPlatformAdmin && !own && !organisation.verified;
  }
}

export function canOnPlatform(actor: Actor, action: PlatformAction): boolean {
  switch (action) {
    case 'review_organisations':
    case 'read_audit_log':
      return actor.kind === 'user' && actor.isPlatformAdmin;
  }
}

/** Only members of a verified organisation publish anything on the platform. */
export function canPublish(actor: Actor): boolean {
  return actor.kind === 'user' && actor.organisation !== null && actor.organisation.isVerified;
}
