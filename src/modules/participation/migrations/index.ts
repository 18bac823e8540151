import type { Migration } from 'kysely';
import * as m015Participation from './015-participation.js';
import * as m018ParticipationPrivacy from './018-participation-privacy.js';

/** The participation module's migrations, by the name recorded in kysely_migration (never rename one). */
export const migrations: Record<string, Migration> = {
  '015-participation': m015Participation,
  '018-participation-privacy': m018ParticipationPrivacy,
};
