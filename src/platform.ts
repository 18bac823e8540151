import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import type { Config } from './core/config.js';
import { openDatabase, type DatabaseHandle } from './core/db/client.js';
import { migrateToLatest, type Migrations } from './core/db/migrate.js';
import { migrations as coreMigrations } from './core/db/migrations/index.js';
import { buildApp } from './core/http/app.js';
import type { AppServices } from './core/http/types.js';
import { watchDiskSpace } from './core/db/disk-space.js';
import { waitForDatabase } from './core/db/faults.js';
import { createJobQueue, loggableError, type JobQueue } from './core/jobs/boss.js';
import { startJobQueue } from './core/jobs/start.js';
import { createFileStorage } from './core/storage/index.js';
import { createMailTransport, MAIL_QUEUES, startMailWorker, type MailTransport } from './core/mail/mailer.js';
import { useMailSecret } from './core/mail/sealed-mail.js';
import { mailPersonalData } from './core/mail/personal-data.js';
import { scheduleRetention } from './core/privacy/retention.js';
import { DEV_OUTBOX_NAVIGATION, registerDevOutbox } from './core/mail/dev-outbox.js';
import { CORE_MESSAGES_DIR } from './core/i18n/catalogue.js';
import { useMessageFolders } from './core/i18n/translator.js';
import type { SitemapSource } from './core/http/sitemap.js';
import type { NavigationEntry } from './core/modules/navigation.js';
import type { BackgroundJob, PlatformModule } from './core/modules/platform-module.js';
import type { StartPages } from './core/modules/start-page.js';
import { rateLimitPersonalData } from './core/http/rate-limit-store.js';
import { registerPersonalData, type PersonalDataSource } from './core/privacy/registry.js';
import { useSiteSearchProviders, type SiteSearchProvider } from './core/search/providers.js';
import { MODULES } from './modules/index.js';

/** Everything the platform gathers from its modules, beside core's own parts. */
export interface PlatformAssembly {
  /** Core's message folder and every module's (a namespace defined in two folders is an error). */
  messageFolders: readonly string[];
  /** Namespaces that exist only in German on purpose, as the modules declare them. */
  germanOnlyNamespaces: readonly string[];
  /** Scheduled background jobs (pg-boss), started only where workers run: core's retention, then the modules'. */
  jobs: readonly BackgroundJob[];
  /** Every menu entry: the modules' and core's own. */
  navigation: readonly NavigationEntry[];
  /** The modules' blocks of "Mein Bereich" and the home page's figures and lists, in module order. */
  startPages: StartPages;
  /** Personal data in registration order: core's rate-limit counters and mail, then each module's sources in module order. */
  personalData: readonly PersonalDataSource[];
  /** Core's migrations and every module's; migrateToLatest runs them together, in name order. */
  migrations: readonly Migrations[];
  /** Route registrations: every module's, then core's own (the dev outbox exists outside production only). */
  routes: readonly PlatformModule['register'][];
  /** The site search's groups, in module order. */
  searchProviders: readonly SiteSearchProvider[];
  /** The public pages of every module, for /sitemap.xml. */
  sitemapSources: readonly SitemapSource[];
}

/** Gathers the slices of the given modules; the platform runs on `assemblePlatform(MODULES)`. */
export function assemblePlatform(modules: readonly PlatformModule[]): PlatformAssembly {
  return {
    messageFolders: [CORE_MESSAGES_DIR, ...modules.map((module) => module.messages)],
    germanOnlyNamespaces: modules.flatMap((module) => module.germanOnlyNamespaces ?? []),
    jobs: [
      (services) => scheduleRetention(services.queue, services.db, { sessionIdleMs: services.config.sessionIdleMs }),
      ...modules.flatMap((module) => module.jobs ?? []),
    ],
    navigation: [...modules.flatMap((module) => module.navigation ?? []), ...DEV_OUTBOX_NAVIGATION],
    startPages: {
      sections: modules.flatMap((module) => module.startPage ?? []),
      figures: modules.flatMap((module) => module.homePage?.figures ?? []),
      lists: modules.flatMap((module) => module.homePage?.lists ?? []),
    },
    personalData: [rateLimitPersonalData, mailPersonalData, ...modules.flatMap((module) => module.personalData ?? [])],
    migrations: [coreMigrations, ...modules.map((module) => module.migrations ?? {})],
    routes: [...modules.map((module) => module.register), registerDevOutbox],
    searchProviders: modules.flatMap((module) => (module.search ? [module.search] : [])),
    sitemapSources: modules.flatMap((module) => (module.sitemap ? [module.sitemap] : [])),
  };
}

const PLATFORM = assemblePlatform(MODULES);
export const MESSAGE_FOLDERS = PLATFORM.messageFolders;
export const GERMAN_ONLY_NAMESPACES = PLATFORM.germanOnlyNamespaces;
export const BACKGROUND_JOBS = PLATFORM.jobs;
export const NAVIGATION = PLATFORM.navigation;
export const START_PAGES = PLATFORM.startPages;
/** Erasure runs in reverse order (see core/privacy/registry.ts). */
export const PERSONAL_DATA = PLATFORM.personalData;
export const MIGRATIONS = PLATFORM.migrations;

export interface Platform {
  app: FastifyInstance;
  database: DatabaseHandle;
  queue: JobQueue;
  close(): Promise<void>;
}

export interface StartPlatformOptions {
  config: Config;
  logger?: boolean;
  /** An already open database (tests share one per worker). */
  database?: DatabaseHandle;
  /** Seconds between job polls; tests use a short interval so mail arrives quickly. */
  jobPollingSeconds?: number;
  /** Start background workers (mail and the scheduled jobs); off for benchmarks of the bare request path. */
  workers?: boolean;
}

/** Opens the database, migrates, starts the job queue and builds the HTTP app. */
export async function startPlatform(options: StartPlatformOptions): Promise<Platform> {
  const { config } = options;
  // The background work's logger, at the level buildApp gives the request logger, and as silent without one.
  const logger = pino({ level: options.logger ? (config.isProduction ? 'info' : 'warn') : 'silent' });
  const database =
    options.database ??
    (await openDatabase({
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
      statementTimeoutMs: config.database.statementTimeoutMs,
      connectTimeoutMs: config.database.connectTimeoutMs,
      onConnectionError: (error) => logger.warn({ err: loggableError(error) }, 'database connection lost'),
    }));
  await waitForDatabase(database.db, {
    seconds: config.database.waitSeconds,
    onRetry: (attempt, error) =>
      logger.warn({ attempt, err: loggableError(error) }, 'waiting for the database to accept connections'),
  });
  await migrateToLatest(database.db, MIGRATIONS);
  useMessageFolders(MESSAGE_FOLDERS);
  useMailSecret(config.sessionSecret);
  for (const source of PERSONAL_DATA) registerPersonalData(source);
  useSiteSearchProviders(PLATFORM.searchProviders);
  const queue = createJobQueue(database.pool, { pollingIntervalSeconds: options.jobPollingSeconds ?? 2, logger });
  await startJobQueue(queue, database.db);
  const services: AppServices = {
    config,
    db: database.db,
    databaseKind: database.kind,
    queue,
    storage: createFileStorage(config),
    logger,
    ...(database.kind === 'pglite' && !config.dataDir.startsWith('memory://')
      ? { diskSpace: watchDiskSpace(config.dataDir, { minFreeBytes: config.database.minFreeBytes }) }
      : {}),
  };
  let transport: MailTransport | undefined;
  if (options.workers !== false) {
    transport = createMailTransport({ smtpUrl: config.smtpUrl, from: config.mailFrom, db: database.db });
    await startMailWorker(queue, transport, { db: database.db, logger });
    for (const start of BACKGROUND_JOBS) await start(services);
  } else {
    for (const name of MAIL_QUEUES) await queue.createQueue(name);
  }
  const app = await buildApp({
    services,
    modules: PLATFORM.routes,
    navigation: NAVIGATION,
    startPages: START_PAGES,
    sitemap: PLATFORM.sitemapSources,
    ...(options.logger === undefined ? {} : { logger: options.logger }),
  });
  await app.ready();
  return {
    app,
    database,
    queue,
    close: async () => {
      await app.close();
      await queue.stop({ graceful: true, timeout: 5000 });
      transport?.close?.();
      if (!options.database) await database.close();
    },
  };
}
