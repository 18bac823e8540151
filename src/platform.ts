import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import type { Config } from './core/config.js';
import { openDatabase, type DatabaseHandle } from './core/db/client.js';
import { migrateToLatest, type Migrations } from './core/db/migrate.js';
import { migrations as coreMigrations } from './core/db/migrations/index.js';
import { buildApp } from './core/http/app.js';
import type { AppServices } from './core/http/types.js';
import { createJobQueue, type JobQueue } from './core/jobs/boss.js';
import { createMailTransport, startMailWorker } from './core/mail/mailer.js';
import { scheduleRetention } from './core/privacy/retention.js';
import { registerDevOutbox } from './core/mail/dev-outbox.js';
import { registerAccounts } from './modules/accounts/index.js';
import { migrations as catalogueMigrations } from './modules/catalogue/migrations/index.js';
import { migrations as matchingMigrations } from './modules/matching/migrations/index.js';
import { migrations as organisationsMigrations } from './modules/organisations/migrations/index.js';
import { migrations as siteMigrations } from './modules/site/migrations/index.js';
import { CATALOGUE_JOBS, registerCatalogue } from './modules/catalogue/index.js';
import { MATCHING_JOBS, registerMatching } from './modules/matching/index.js';
import { registerOrganisations } from './modules/organisations/index.js';
import { registerSite } from './modules/site/index.js';

/** Scheduled background jobs (pg-boss), started only where workers run. */
export const BACKGROUND_JOBS: ((services: AppServices) => Promise<void>)[] = [
  (services) => scheduleRetention(services.queue, services.db),
  ...CATALOGUE_JOBS,
  ...MATCHING_JOBS,
];

/** Every feature module, in the order its routes are registered. */
export const MODULES = [
  registerSite,
  registerAccounts,
  registerOrganisations,
  registerCatalogue,
  registerMatching,
  registerDevOutbox,
];

/** Core's migrations and every module's; migrateToLatest runs them together, in name order. */
export const MIGRATIONS: readonly Migrations[] = [
  coreMigrations,
  siteMigrations,
  organisationsMigrations,
  catalogueMigrations,
  matchingMigrations,
];

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
  const database =
    options.database ?? (await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }));
  await migrateToLatest(database.db, MIGRATIONS);
  // The background work's logger, at the level buildApp gives the request logger, and as silent without one.
  const logger = pino({ level: options.logger ? (config.isProduction ? 'info' : 'warn') : 'silent' });
  const queue = createJobQueue(database.pool, { pollingIntervalSeconds: options.jobPollingSeconds ?? 2, logger });
  await queue.start();
  const services: AppServices = { config, db: database.db, databaseKind: database.kind, queue, logger };
  if (options.workers !== false) {
    await startMailWorker(
      queue,
      createMailTransport({ smtpUrl: config.smtpUrl, from: config.mailFrom, db: database.db }),
    );
    for (const start of BACKGROUND_JOBS) await start(services);
  } else {
    await queue.createQueue('send-mail');
  }
  const app = await buildApp({
    services,
    modules: MODULES,
    ...(options.logger === undefined ? {} : { logger: options.logger }),
  });
  await app.ready();
  return {
    app,
    database,
    queue,
    close: async () => {
      await app.close();
      await queue.stop({ graceful: true, wait: true, timeout: 5000 });
      if (!options.database) await database.close();
    },
  };
}
