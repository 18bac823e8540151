import type { PersonalDataSource } from '../../../core/privacy/registry.js';

/** Saved searches are the user's own: exported with their data, deleted with their account or by them. */
export const savedSearchesSource: PersonalDataSource = {
  id: 'saved_searches',
  purposeKey: 'catalogue_search.privacy.purpose',
  retentionKey: 'catalogue_search.privacy.retention',
  async export(db, userId) {
    return db
      .selectFrom('saved_searches')
      .select(['label', 'query', 'locale', 'created_at', 'last_notified_at'])
      .where('user_id', '=', userId)
      .orderBy('created_at')
      .execute();
  },
  async erase(db, userId) {
    await db.deleteFrom('saved_searches').where('user_id', '=', userId).execute();
  },
};
