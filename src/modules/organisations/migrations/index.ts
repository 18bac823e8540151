import type { Migration } from 'kysely';
import * as m001OrganisationsInvitations from './001-organisations-invitations.js';
import * as m011OrganisationsCompanyProfiles from './011-organisations-company-profiles.js';

/** The organisations module's migrations, by the name recorded in kysely_migration (never rename one). */
export const migrations: Record<string, Migration> = {
  '001-organisations-invitations': m001OrganisationsInvitations,
  '011-organisations-company-profiles': m011OrganisationsCompanyProfiles,
};
