import type { Migration } from 'kysely';
import * as m030TrainingPath from './030-training-path.js';

/** The training module's migrations, by the name recorded in kysely_migration (never rename one). */
export const migrations: Record<string, Migration> = {
  '030-training-path': m030TrainingPath,
};
