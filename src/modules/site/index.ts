import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { isSignedIn } from '../../core/modules/navigation.js';
import { ALL_LANGUAGES } from '../../core/http/sitemap.js';
import type { PlatformModule } from '../../core/modules/platform-module.js';
import { migrations } from './migrations/index.js';
import { accessibilityFeedbackSource } from './personal-data.js';
import { healthRoutes, homeRoutes, legalRoutes } from './routes.js';
import { siteStartPage } from './start-page.js';

async function registerSite(app: FastifyInstance): Promise<void> {
  await app.register(healthRoutes);
  await app.register(homeRoutes, { prefix: '/:lang' });
  await app.register(legalRoutes, { prefix: '/:lang' });
}

/** Home page, imprint, privacy notice, accessibility statement with its feedback form, Leichte Sprache. */
export const siteModule: PlatformModule = {
  name: 'site',
  register: registerSite,
  messages: fileURLToPath(new URL('messages', import.meta.url)),
  germanOnlyNamespaces: ['easy'],
  // The home page and the legal pages in every language; Leichte Sprache is German by definition.
  sitemap: async () => [
    ...['/', '/ausbilden', '/impressum', '/datenschutz', '/barrierefreiheit'].map((path) => ({
      path,
      languages: ALL_LANGUAGES,
    })),
    { path: '/leichte-sprache', languages: ['de'] },
  ],
  migrations,
  startPage: siteStartPage,
  navigation: [
    { area: 'account', path: '/mein-bereich', labelKey: 'start.nav', order: 10, isVisible: isSignedIn },
    // One entry for the offers to employers who train; their modules place cards on the hub (area 'training').
    { area: 'main', path: '/ausbilden', labelKey: 'training_hub.nav', order: 32 },
    { area: 'footer', path: '/impressum', labelKey: 'legal.nav.imprint', order: 10 },
    { area: 'footer', path: '/datenschutz', labelKey: 'legal.nav.privacy', order: 20 },
    { area: 'footer', path: '/barrierefreiheit', labelKey: 'legal.nav.accessibility', order: 30 },
    // Leichte Sprache is plain German by definition, so the link leads to German from every language.
    { area: 'footer', path: '/leichte-sprache', labelKey: 'legal.nav.easy_language', order: 40, lang: 'de' },
  ],
  personalData: [accessibilityFeedbackSource],
};

/** The cooperation office's contact data (the open-data descriptions name it as their contact point). */
export { OFFICE_CONTACT } from './office.js';
