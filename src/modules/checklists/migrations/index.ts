import type { Migration } from 'kysely';
import * as m013Checklists from './013-checklists.js';

/** The checklists module's migrations, by the name recorded in kysely_migration (never rename one). */
export const migrations: Record<string, Migration> = {
  '013-checklists': m013Checklists,
};
