import { countedItem, type StartPageSection } from '../../../core/modules/start-page.js';
import { listSavedSearches } from './use-cases/saved-searches.js';

/** "Mein Bereich" block of the search: the saved searches that mail what is new. */
export const searchStartPage: readonly StartPageSection[] = [
  {
    id: 'catalogue.saved-searches',
    headingKey: 'catalogue_start.saved.heading',
    order: 75,
    isVisible: () => true,
    load: async ({ services, actor }) => {
      const saved = await listSavedSearches({ services, actor });
      return {
        items: countedItem(saved.length, { labelKey: 'catalogue_start.saved.count', path: '/suche/gespeichert' }),
        empty: {
          textKey: 'catalogue_start.saved.empty',
          action: { labelKey: 'catalogue_start.saved.search', path: '/suche' },
        },
      };
    },
  },
];
