import type { PersonalDataSource } from '../../core/privacy/registry.js';

/**
 * What checklists store about a person: the comments they wrote in reviews and the requests and decisions
 * they made. Answers belong to the organisation, not to a person. On erasure the person's name leaves the
 * records (the user reference becomes null); the organisation keeps its review history.
 */
export const checklistsPersonalData: PersonalDataSource = {
  id: 'checklists',
  purposeKey: 'checklists.privacy.purpose',
  retentionKey: 'checklists.privacy.retention',
  export: async (db, userId) => ({
    reviewComments: await db
      .selectFrom('checklist_review_comments')
      .select(['review_id', 'side', 'body', 'at'])
      .where('author_user_id', '=', userId)
      .orderBy('at')
      .execute(),
    reviewsRequested: await db
      .selectFrom('checklist_reviews')
      .select(['id', 'status', 'requested_at'])
      .where('requested_by', '=', userId)
      .execute(),
    reviewsDecided: await db
      .selectFrom('checklist_reviews')
      .select(['id', 'status', 'decided_at'])
      .where('decided_by', '=', userId)
      .execute(),
  }),
  erase: async (db, userId) => {
    await db
      .updateTable('checklist_review_comments')
      .set({ author_user_id: null })
      .where('author_user_id', '=', userId)
      .execute();
    await db.updateTable('checklist_reviews').set({ requested_by: null }).where('requested_by', '=', userId).execute();
    await db.updateTable('checklist_reviews').set({ decided_by: null }).where('decided_by', '=', userId).execute();
    await db.updateTable('checklist_assessments').set({ started_by: null }).where('started_by', '=', userId).execute();
    await db
      .updateTable('checklist_questionnaires')
      .set({ created_by: null })
      .where('created_by', '=', userId)
      .execute();
  },
};
