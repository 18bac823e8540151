import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { isAnonymous, isSignedIn } from '../../core/modules/navigation.js';
import type { PlatformModule } from '../../core/modules/platform-module.js';
import { accountPersonalData } from './personal-data.js';
import { accountRoutes } from './routes.js';
import { startPasswordResetWorker } from './jobs.js';

export { AUTH_RATE_LIMITS } from './routes.js';
export { email, TokenQuerySchema } from './schemas.js';

async function registerAccounts(app: FastifyInstance): Promise<void> {
  await app.register(accountRoutes, { prefix: '/:lang' });
}

/** Registration, confirmation, login and logout, password reset and change, language, export, deletion. */
export const accountsModule: PlatformModule = {
  name: 'accounts',
  register: registerAccounts,
  messages: fileURLToPath(new URL('messages', import.meta.url)),
  navigation: [
    { area: 'account', path: '/konto', labelKey: 'accounts.nav.account', order: 80, isVisible: isSignedIn },
    {
      area: 'account',
      path: '/abmelden',
      labelKey: 'accounts.nav.logout',
      order: 90,
      kind: 'post',
      isVisible: isSignedIn,
    },
    { area: 'account', path: '/anmelden', labelKey: 'accounts.nav.login', order: 100, isVisible: isAnonymous },
    { area: 'account', path: '/registrieren', labelKey: 'accounts.nav.register', order: 110, isVisible: isAnonymous },
  ],
  personalData: [accountPersonalData],
  jobs: [startPasswordResetWorker],
};
