import type { UserActor } from '../auth/actor.js';
import type { AppServices } from '../http/types.js';
import type { Translator } from '../i18n/translator.js';

/**
 * The personal start page ("Mein Bereich", /mein-bereich) and the public home page are built from
 * the modules' contributions, the way the menus are: each module declares what it shows in its
 * PlatformModule (`startPage`, `homePage`), src/platform.ts gathers them, and the site module renders
 * them without knowing any other module. Paths are after the language prefix ("/bewerbungen").
 */

/** Who looks at the start page: always a signed-in person. */
export interface StartPageViewer {
  actor: UserActor;
  isProduction: boolean;
}

/** What a loader gets: the services to read through the module's use-cases, the reader and the clock. */
export interface StartPageContext {
  services: AppServices;
  actor: UserActor;
  i18n: Translator;
  now: Date;
}

/** One line of a section: a text with a figure, leading to the place where the reader acts on it. */
export interface StartPageItem {
  /** ICU message key; receives `count` (when given) and `values`. */
  labelKey: string;
  /** The figure shown beside the text (how many applications, entries, requests …). */
  count?: number;
  values?: Record<string, string | number>;
  /** Where the line leads, after the language prefix. */
  path: string;
  /**
   * Something waiting for the reader (an invitation to answer, an entry to confirm): repeated under
   * "Zuerst erledigen" at the top of the page. Only set when there is something to do.
   */
  needsAction?: boolean;
}

/** A link to the next step; what an empty section offers instead of its lines. */
export interface StartPageAction {
  labelKey: string;
  path: string;
}

export interface StartPageSectionContent {
  items: StartPageItem[];
  /** Shown when `items` is empty: a sentence saying what to do next, and the link to do it. */
  empty: { textKey: string; action?: StartPageAction };
  /** A link below the lines to the module's own page for all of it ("Alle Bewerbungen"). */
  more?: StartPageAction;
}

/** One block of the start page, contributed by a module. */
export interface StartPageSection {
  /** Unique across modules, `<module>.<what>` ("matching.applications"); used as the block's anchor. */
  id: string;
  /** The i18n key of the block's heading. */
  headingKey: string;
  /** Position on the page, smallest first; the sections of all modules are sorted together. */
  order: number;
  /** Whether this reader gets the block at all (their role); checked before anything is loaded. */
  isVisible: (viewer: StartPageViewer) => boolean;
  /** Reads the reader's own figures; only ever called for a viewer `isVisible` accepted. */
  load: (context: StartPageContext) => Promise<StartPageSectionContent>;
}

/** A line only when there is something to count; zero leaves it out, so an empty section can say what to do next. */
export function countedItem(count: number, item: Omit<StartPageItem, 'count'>): StartPageItem[] {
  return count > 0 ? [{ ...item, count }] : [];
}

/** One line per status that occurs, in the statuses' order ("Entwürfe 2", "Veröffentlicht 9"). */
export function itemsByStatus<Status extends string>(
  statuses: readonly Status[],
  statusOf: readonly { status: Status }[],
  item: (status: Status) => Omit<StartPageItem, 'count'>,
): StartPageItem[] {
  return statuses.flatMap((status) =>
    countedItem(statusOf.filter((row) => row.status === status).length, item(status)),
  );
}

/** The sections this viewer may see, in their order (equal orders keep their registration order). */
export function startPageSectionsFor(
  sections: readonly StartPageSection[],
  viewer: StartPageViewer,
): StartPageSection[] {
  return sections.filter((section) => section.isVisible(viewer)).sort((a, b) => a.order - b.order);
}

/** What the public home page's figures and lists may read: no reader, only public facts. */
export interface HomePageContext {
  services: AppServices;
  i18n: Translator;
  now: Date;
}

/** A live figure on the home page ("128 offene Ausbildungsplätze"), counted from the database. */
export interface HomeFigure {
  id: string;
  order: number;
  /** ICU message key receiving `count`. */
  labelKey: string;
  path: string;
  load: (context: HomePageContext) => Promise<number>;
}

/** One line of a home page list: a published record's title, one line about it, its page. */
export interface HomeListItem {
  title: string;
  /** The language of `title` when it differs from the page's (an untranslated German title). */
  titleLang?: string;
  detail: string;
  path: string;
}

/** A short list on the home page ("Nächste Veranstaltungen", "Neue Angebote"). */
export interface HomeList {
  id: string;
  order: number;
  headingKey: string;
  /** Said when the list is empty, with `more` as the next step. */
  emptyKey: string;
  more: StartPageAction;
  load: (context: HomePageContext) => Promise<HomeListItem[]>;
}

export interface HomePageContribution {
  figures?: readonly HomeFigure[];
  lists?: readonly HomeList[];
}

/** Everything the modules contribute to the two start pages, as the site module receives it. */
export interface StartPages {
  sections: readonly StartPageSection[];
  figures: readonly HomeFigure[];
  lists: readonly HomeList[];
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The modules' contributions to "Mein Bereich" and the home page (decorated in core/http/app.ts). */
    startPages: StartPages;
  }
}
