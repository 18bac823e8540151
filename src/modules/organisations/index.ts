import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { PlatformModule } from '../../core/modules/platform-module.js';
import { migrations } from './migrations/index.js';
import { organisationApiRoutes } from './api-routes.js';
import { organisationRoutes } from './routes.js';
import { companiesSitemap } from './sitemap.js';
import { organisationsStartPage } from './start-page.js';

export { canPublish } from './policy.js';

async function registerOrganisations(app: FastifyInstance): Promise<void> {
  await app.register(organisationRoutes, { prefix: '/:lang' });
  await app.register(organisationApiRoutes, { prefix: '/api/v1' });
}

/** Organisations, invitations and members, verification by the platform admins, audit log, public API. */
export const organisationsModule: PlatformModule = {
  name: 'organisations',
  register: registerOrganisations,
  messages: fileURLToPath(new URL('messages', import.meta.url)),
  migrations,
  startPage: organisationsStartPage,
  sitemap: companiesSitemap,
  navigation: [
    {
      area: 'account',
      path: '/organisation',
      labelKey: 'organisations.nav.organisation',
      order: 50,
      isVisible: ({ actor }) => actor.kind === 'user' && actor.organisation !== null,
    },
    {
      area: 'account',
      path: '/organisation/neu',
      labelKey: 'organisations.nav.register_organisation',
      order: 50,
      isVisible: ({ actor }) => actor.kind === 'user' && actor.organisation === null,
    },
    {
      area: 'account',
      path: '/verwaltung',
      labelKey: 'organisations.nav.admin',
      order: 70,
      isVisible: ({ actor }) => actor.kind === 'user' && actor.isPlatformAdmin,
    },
  ],
};
