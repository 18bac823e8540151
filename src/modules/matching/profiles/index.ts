import type { FastifyInstance } from 'fastify';
import { registerPersonalData } from '../../../core/privacy/registry.js';
import { applicantProfilesPersonalData } from './personal-data.js';
import { profileRoutes } from './routes.js';

export {
  presentProfileForCompany,
  presentOwnProfile,
  type CompanyProfileView,
  type OwnProfileView,
} from './present.js';
export { canKeepOwnProfile, isApplicant } from './policy.js';
export { insertProfile } from './records.js';

/** Applicant profiles: the own-profile page and the personal-data source (export, erasure). */
export async function registerProfiles(app: FastifyInstance): Promise<void> {
  registerPersonalData(applicantProfilesPersonalData);
  await app.register(profileRoutes, { prefix: '/:lang' });
}
