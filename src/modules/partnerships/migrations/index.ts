import type { Migration } from 'kysely';
import * as m031Partnerships from './031-partnerships-agreements.js';

/** The partnerships module's migrations, by the name recorded in kysely_migration (never rename one). */
export const migrations: Record<string, Migration> = {
  '031-partnerships-agreements': m031Partnerships,
};
