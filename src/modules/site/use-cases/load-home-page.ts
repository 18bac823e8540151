import type { AppServices } from '../../../core/http/types.js';
import type { Translator } from '../../../core/i18n/translator.js';
import type { HomeListItem, StartPageAction, StartPages } from '../../../core/modules/start-page.js';

export interface LoadedHomeFigure {
  id: string;
  labelKey: string;
  path: string;
  count: number;
}

export interface LoadedHomeList {
  id: string;
  headingKey: string;
  emptyKey: string;
  more: StartPageAction;
  items: HomeListItem[];
}

export interface HomePageView {
  figures: LoadedHomeFigure[];
  lists: LoadedHomeList[];
}

const byOrder = (a: { order: number }, b: { order: number }) => a.order - b.order;

/** The home page's live figures and short lists, as the modules count and list them. */
export async function loadHomePage(options: {
  services: AppServices;
  startPages: StartPages;
  i18n: Translator;
  now?: Date;
}): Promise<HomePageView> {
  const { services, i18n } = options;
  const context = { services, i18n, now: options.now ?? new Date() };
  // All at once: on PostgreSQL the page waits for the slowest query, not for the sum of them (npm run load).
  const [figures, lists] = await Promise.all([
    Promise.all(
      [...options.startPages.figures].sort(byOrder).map(async (figure): Promise<LoadedHomeFigure> => ({
        id: figure.id,
        labelKey: figure.labelKey,
        path: figure.path,
        count: await figure.load(context),
      })),
    ),
    Promise.all(
      [...options.startPages.lists].sort(byOrder).map(async (list): Promise<LoadedHomeList> => ({
        id: list.id,
        headingKey: list.headingKey,
        emptyKey: list.emptyKey,
        more: list.more,
        items: await list.load(context),
      })),
    ),
  ]);
  return { figures, lists };
}
