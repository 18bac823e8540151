import type { Migration } from 'kysely';
import * as m001SiteAccessibilityFeedback from './001-site-accessibility-feedback.js';

/** The site module's migrations, by the name recorded in kysely_migration (never rename one). */
export const migrations: Record<string, Migration> = {
  '001-site-accessibility-feedback': m001SiteAccessibilityFeedback,
};
