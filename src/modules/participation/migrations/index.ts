import type { Migration } from 'kysely';
import * as m015Participation from './015-participation.js';

/** The participation module's migrations, by the name recorded in kysely_migration (never rename one). */
export const migrations: Record<string, Migration> = {
  '015-participation': m015Participation,
};
