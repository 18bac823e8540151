import type { FastifyInstance } from 'fastify';
import type { Migrations } from '../db/migrate.js';
import type { AppServices } from '../http/types.js';
import type { PersonalDataSource } from '../privacy/registry.js';
import type { SiteSearchProvider } from '../search/providers.js';
import type { SitemapSource } from '../http/sitemap.js';
import type { NavigationEntry } from './navigation.js';
import type { HomePageContribution, StartPageSection } from './start-page.js';

/** A scheduled background job: creates its pg-boss queue, schedule and worker. Started only where workers run. */
export type BackgroundJob = (services: AppServices) => Promise<void>;

/**
 * Everything a feature module brings to the platform, declared in one object in its index.ts and
 * listed once in src/modules/index.ts. Core offers the mechanisms (routes, translator, navigation,
 * job queue, personal-data registry, migrator) and imports no module; src/platform.ts builds the
 * platform from the list.
 */
export interface PlatformModule {
  /** Unique, lower case; used in error messages. */
  name: string;
  /** Registers the module's routes (and wires what they need); runs after core's pipeline is in place. */
  register: (app: FastifyInstance) => Promise<void>;
  /** The folder with the module's catalogues: <folder>/<lang>/<namespace>.json; a namespace belongs to one folder. */
  messages: string;
  /**
   * Namespaces that exist only in German on purpose (the site's Leichte Sprache introduction is plain German
   * by definition, as BITV 2.0 asks of public bodies); the translation check expects no other language there.
   */
  germanOnlyNamespaces?: readonly string[];
  /** Links in the menus; see core/modules/navigation.ts. */
  navigation?: readonly NavigationEntry[];
  /** Blocks of the personal start page "Mein Bereich", each for the roles it fits; see core/modules/start-page.ts. */
  startPage?: readonly StartPageSection[];
  /** Live figures and short lists of the public home page; see core/modules/start-page.ts. */
  homePage?: HomePageContribution;
  /** Scheduled background jobs (daily checks, digests, expiry). */
  jobs?: readonly BackgroundJob[];
  /**
   * What the module stores about a person, in registration order. Erasure runs in reverse order
   * over all modules, so a source that must be erased before another is listed after it.
   */
  personalData?: readonly PersonalDataSource[];
  /** The module's migrations by name; names are unique across all modules and run in name order. */
  migrations?: Migrations;
  /** A group of results in the site search (home page and /suche); see core/search/providers.ts. */
  search?: SiteSearchProvider;
  /** The module's public pages for /sitemap.xml, each in the languages its content exists in (core/http/sitemap.ts). */
  sitemap?: SitemapSource;
}
