import type { PersonalDataSource } from '../../../core/privacy/registry.js';

/**
 * Entries belong to organisations, not people; what ties them to a person is who created an
 * entry and who made each change in its history. The export lists both; erasing a person keeps
 * the entries and the history but forgets who it was. Contact details in an entry are the
 * organisation's published contact and go with the entry.
 */
export const catalogueEntriesPersonalData: PersonalDataSource = {
  id: 'catalogue_entries',
  purposeKey: 'catalogue_entries.privacy.purpose',
  retentionKey: 'catalogue_entries.privacy.retention',
  async export(db, userId) {
    const created = await db
      .selectFrom('catalogue_entries')
      .select(['id', 'kind', 'title', 'status', 'created_at'])
      .where('created_by', '=', userId)
      .orderBy('created_at')
      .execute();
    const changes = await db
      .selectFrom('catalogue_revisions as r')
      .innerJoin('catalogue_entries as e', 'e.id', 'r.entry_id')
      .select(['r.at', 'r.action', 'r.status', 'e.id as entry_id', 'e.title'])
      .where('r.actor_user_id', '=', userId)
      .orderBy('r.at')
      .limit(5000)
      .execute();
    return { created, changes };
  },
  async erase(db, userId) {
    await db.updateTable('catalogue_entries').set({ created_by: null }).where('created_by', '=', userId).execute();
    await db
      .updateTable('catalogue_revisions')
      .set({ actor_user_id: null })
      .where('actor_user_id', '=', userId)
      .execute();
  },
};
