import type { Generated } from 'kysely';

// The site module's own table, added to core's `Database` by declaration merging.

export interface AccessibilityFeedbackTable {
  id: Generated<string>;
  created_at: Generated<Date>;
  page_url: string | null;
  message: string;
  contact_email: string | null;
  locale: string;
  user_id: string | null;
}

declare module '../../core/db/database.js' {
  interface Database {
    accessibility_feedback: AccessibilityFeedbackTable;
  }
}
