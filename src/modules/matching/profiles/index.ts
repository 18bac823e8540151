import type { FastifyInstance } from 'fastify';
import { profileRoutes } from './routes.js';

export { applicantProfilesPersonalData } from './personal-data.js';
export {
  presentProfileForCompany,
  presentOwnProfile,
  type CompanyProfileView,
  type OwnProfileView,
} from './present.js';
export { canKeepOwnProfile, isApplicant, profilesPolicy } from './policy.js';
export { insertProfile } from './records.js';

/** Applicant profiles: the own-profile page; its personal-data source is declared by the matching module. */
export async function registerProfiles(app: FastifyInstance): Promise<void> {
  await app.register(profileRoutes, { prefix: '/:lang' });
}
export { profilesStartPage } from './start-page.js';
