import type { HomeFigure, StartPageSection } from '../../core/modules/start-page.js';
import { countedItem } from '../../core/modules/start-page.js';
import { STORED_INDICATORS } from './indicators.js';
import { isCityOffice, isCoordinator } from './policy.js';
import { countOpenWork } from './use-cases/count-open-work.js';

/** "Mein Bereich" blocks: the data work of the coordination office, the gaps of a city's office. */
export const monitoringStartPage: readonly StartPageSection[] = [
  {
    id: 'monitoring.coordination',
    headingKey: 'monitoring_start.coordination.heading',
    order: 25,
    isVisible: ({ actor }) => isCoordinator(actor),
    load: async ({ services }) => {
      const work = await countOpenWork({ services });
      return {
        items: [
          ...countedItem(work.drafts, {
            labelKey: 'monitoring_start.coordination.drafts',
            path: '/monitoring/import',
            needsAction: true,
          }),
          ...countedItem(work.proposed, {
            labelKey: 'monitoring_start.coordination.proposed',
            path: '/monitoring/arbeitsprogramm#proposed-heading',
            needsAction: true,
          }),
          { labelKey: 'monitoring_start.coordination.import', path: '/monitoring/import' },
          { labelKey: 'monitoring_start.coordination.internal', count: work.targets, path: '/monitoring/intern' },
        ],
        empty: {
          textKey: 'monitoring_start.coordination.empty',
          action: { labelKey: 'monitoring_start.coordination.import', path: '/monitoring/import' },
        },
        more: { labelKey: 'monitoring_start.dashboard', path: '/monitoring' },
      };
    },
  },
  {
    id: 'monitoring.city',
    headingKey: 'monitoring_start.city.heading',
    order: 60,
    isVisible: ({ actor }) => isCityOffice(actor),
    load: async ({ services }) => {
      const work = await countOpenWork({ services });
      return {
        items: [
          { labelKey: 'monitoring_start.city.gaps', count: work.targets, path: '/monitoring/intern' },
          { labelKey: 'monitoring_start.city.programme', path: '/monitoring/arbeitsprogramm' },
        ],
        empty: {
          textKey: 'monitoring_start.city.empty',
          action: { labelKey: 'monitoring_start.dashboard', path: '/monitoring' },
        },
        more: { labelKey: 'monitoring_start.dashboard', path: '/monitoring' },
      };
    },
  },
];

/** The home page's figure: how many indicators the public dashboard shows, leading there. */
export const indicatorsFigure: HomeFigure = {
  id: 'monitoring.indicators',
  order: 40,
  labelKey: 'monitoring_start.home_figure',
  path: '/monitoring',
  load: async () => STORED_INDICATORS.length,
};
