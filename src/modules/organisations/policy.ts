import type { Actor, UserActor } from '../../core/auth/actor.js';
import { allows, definePolicy, type Rule } from '../../core/auth/policy.js';

/**
 * Who may do what with an organisation. Read it as a table: each action names the only
 * people who may take it; everybody else, including anonymous visitors, may not.
 */
export type OrganisationAction = 'view' | 'invite' | 'remove_member' | 'verify';
/** The public company profile: everybody sees that of a verified company; only its admins edit it. */
export type CompanyProfileAction = 'view_profile' | 'edit_profile';

export interface CompanyRef extends OrganisationRef {
  isCompany: boolean;
}
export type PlatformAction = 'review_organisations' | 'read_audit_log';

export interface OrganisationRef {
  id: string;
  verified: boolean;
}

const isUser = (actor: Actor): actor is UserActor => actor.kind === 'user';
const isOwn = (actor: Actor, organisation: OrganisationRef) =>
  isUser(actor) && actor.organisation?.id === organisation.id;
const isPlatformAdmin = (actor: Actor) => isUser(actor) && actor.isPlatformAdmin;

export const organisationsPolicy = definePolicy({
  view: (actor, organisation: OrganisationRef) => isOwn(actor, organisation) || isPlatformAdmin(actor),
  invite: (actor, organisation: OrganisationRef) =>
    isOwn(actor, organisation) && isUser(actor) && actor.organisation?.role === 'admin',
  remove_member: (actor, organisation: OrganisationRef) =>
    isOwn(actor, organisation) && isUser(actor) && actor.organisation?.role === 'admin',
  verify: (actor, organisation: OrganisationRef) =>
    isPlatformAdmin(actor) && !isOwn(actor, organisation) && !organisation.verified,
  review_organisations: (actor) => isPlatformAdmin(actor),
  read_audit_log: (actor) => isPlatformAdmin(actor),
  view_profile: (_actor, organisation: CompanyRef) => organisation.isCompany && organisation.verified,
  edit_profile: (actor, organisation: CompanyRef) =>
    organisation.isCompany &&
    organisation.verified &&
    isOwn(actor, organisation) &&
    isUser(actor) &&
    actor.organisation?.role === 'admin',
  /** Only members of a verified organisation publish anything on the platform. */
  publish: (actor) => isUser(actor) && actor.organisation !== null && actor.organisation.isVerified,
} satisfies Record<OrganisationAction | CompanyProfileAction | PlatformAction | 'publish', Rule>);

export function can(actor: Actor, action: OrganisationAction, organisation: OrganisationRef): boolean {
  return allows(actor, organisationsPolicy, action, organisation);
}

export function canOnPlatform(actor: Actor, action: PlatformAction): boolean {
  return allows(actor, organisationsPolicy, action);
}

export function canOnCompanyProfile(actor: Actor, action: CompanyProfileAction, company: CompanyRef): boolean {
  return allows(actor, organisationsPolicy, action, company);
}

export function canPublish(actor: Actor): boolean {
  return allows(actor, organisationsPolicy, 'publish');
}
