import type { Migration } from 'kysely';
import * as m014Monitoring from './014-monitoring.js';
import * as m017ImportProgress from './017-monitoring-import-progress.js';
import * as m027LongImports from './027-monitoring-long-imports.js';
import * as m033DataVersionEpoch from './033-monitoring-data-version-epoch.js';

/** The monitoring module's migrations, by the name recorded in kysely_migration (never rename one). */
export const migrations: Record<string, Migration> = {
  '014-monitoring': m014Monitoring,
  '017-monitoring-import-progress': m017ImportProgress,
  '027-monitoring-long-imports': m027LongImports,
  '033-monitoring-data-version-epoch': m033DataVersionEpoch,
};
