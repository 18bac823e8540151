import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { PlatformModule } from '../../core/modules/platform-module.js';
import { migrations } from './migrations/index.js';
import {
  catalogueEntriesPersonalData,
  countPublished,
  entriesStartPage,
  listNewlyPublished,
  registerEntries,
  scheduleStalenessCheck,
} from './entries/index.js';
import { eventRegistrationsPersonalData, eventsStartPage, nextEventsList, registerEvents } from './events/index.js';
import { catalogueSitemap, registerFormats } from './formats/index.js';

/** Published projects, which monitoring's work programme links to goals and initiatives. */
export { listPublishedProjects } from './entries/index.js';

/** The open-data licence, attribution and JSON-LD context of the platform's DCAT-AP.de descriptions. */
export {
  ATTRIBUTION,
  DATA_LICENCE,
  DCAT_CONTEXT,
  dateTime,
  datasetCommons,
  linkedDataRoutes,
  periodOfTime,
  publisherNode,
  RDF_FORMATS,
  RDF_MEDIA_TYPES,
  type RdfFormat,
} from './formats/index.js';
import { canCreateEntries, canReviewEntries } from './policy.js';

export { listFittingEntries, type FittingEntry } from './shared/index.js';
export type { FieldOfAction } from './taxonomy.js';
export { renderMarkdown } from './entries/index.js';
import { registerSearch, savedSearchesSource, scheduleSavedSearchDigests, searchStartPage } from './search/index.js';

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
  sitemap: catalogueSitemap,
  navigation: [
    { area: 'main', path: '/suche', labelKey: 'catalogue_search.nav', order: 20 },
    { area: 'main', path: '/veranstaltungen', labelKey: 'catalogue_events.nav', order: 25 },
    {
      area: 'account',
      path: '/organisation/eintraege',
      labelKey: 'catalogue_entries.own.nav',
      order: 60,
      isVisible: ({ actor }) => canCreateEntries(actor),
    },
    {
      area: 'account',
      path: '/verwaltung/eintraege',
      labelKey: 'catalogue_start.nav.review',
      order: 65,
      // The coordination office reviews every entry, a verified city office its own city's.
      isVisible: ({ actor }) => canReviewEntries(actor),
    },
  ],
  startPage: [...entriesStartPage, ...eventsStartPage, ...searchStartPage],
  homePage: {
    figures: [
      {
        id: 'catalogue.offers',
        order: 20,
        labelKey: 'catalogue_start.home.offers_figure',
        path: '/suche?kind=offer',
        load: (context) => countPublished(context, 'offer'),
      },
    ],
    lists: [
      nextEventsList,
      {
        id: 'catalogue.new-offers',
        order: 20,
        headingKey: 'catalogue_start.home.offers_heading',
        emptyKey: 'catalogue_start.home.offers_empty',
        more: { labelKey: 'catalogue_start.home.offers_more', path: '/suche?kind=offer' },
        load: (context) => listNewlyPublished(context, 'offer', 4),
      },
    ],
  },
  // Daily: the staleness check of entries and the saved-search digests.
  jobs: [scheduleStalenessCheck, scheduleSavedSearchDigests],
  personalData: [catalogueEntriesPersonalData, eventRegistrationsPersonalData, savedSearchesSource],
};
