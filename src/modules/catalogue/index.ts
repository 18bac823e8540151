import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { PlatformModule } from '../../core/modules/platform-module.js';
import { migrations } from './migrations/index.js';
import { catalogueEntriesPersonalData, registerEntries, scheduleStalenessCheck } from './entries/index.js';
import { eventRegistrationsPersonalData, registerEvents } from './events/index.js';
import { registerFormats } from './formats/index.js';
import { canCreateEntries } from './policy.js';
import { registerSearch, savedSearchesSource, scheduleSavedSearchDigests } from './search/index.js';

/**
 * The transparency hub. Each part registers its own routes here:
 * entries and publishing, events, open data formats and the JSON API, search.
 */
async function registerCatalogue(app: FastifyInstance): Promise<void> {
  await registerEntries(app);
  await registerEvents(app);
  await registerFormats(app);
  await registerSearch(app);
}

export const catalogueModule: PlatformModule = {
  name: 'catalogue',
  register: registerCatalogue,
  messages: fileURLToPath(new URL('messages', import.meta.url)),
  migrations,
  navigation: [
    { area: 'main', path: '/suche', labelKey: 'catalogue_search.nav', order: 20 },
    { area: 'main', path: '/veranstaltungen', labelKey: 'catalogue_events.nav', order: 25 },
    {
      area: 'main',
      path: '/organisation/eintraege',
      labelKey: 'catalogue_entries.own.nav',
      order: 60,
      isVisible: ({ actor }) => canCreateEntries(actor),
    },
  ],
  // Daily: the staleness check of entries and the saved-search digests.
  jobs: [scheduleStalenessCheck, scheduleSavedSearchDigests],
  personalData: [catalogueEntriesPersonalData, eventRegistrationsPersonalData, savedSearchesSource],
};
