import type { Kysely } from 'kysely';
import type { Database } from '../../../core/db/database.js';
import type { LocaleCode } from '../../../core/i18n/locales.js';

/** Stores the language the platform uses for this person's pages and mails. */
export async function setLanguage(options: {
  db: Kysely<Database>;
  userId: string;
  locale: LocaleCode;
}): Promise<void> {
  await options.db
    .updateTable('users')
    .set({ locale: options.locale, updated_at: new Date() })
    .where('id', '=', options.userId)
    .execute();
}
