import type { UserActor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/policy.js';
import type { AppServices } from '../../../core/http/types.js';
import { sitePolicy } from '../policy.js';

export interface FeedbackView {
  id: string;
  receivedAt: Date;
  pageUrl: string | null;
  message: string;
  contactEmail: string | null;
  locale: string;
}

/** How many feedbacks the office's list shows, newest first (the retention job deletes older ones). */
export const FEEDBACK_LISTED = 200;

/** The accessibility feedback the office received, newest first; only the office may read it. */
export async function listAccessibilityFeedback(options: {
  services: AppServices;
  actor: UserActor;
  since?: Date;
}): Promise<FeedbackView[]> {
  const { services, actor } = options;
  authorize(actor, sitePolicy, 'read_feedback', undefined);
  let query = services.db
    .selectFrom('accessibility_feedback')
    .select(['id', 'created_at', 'page_url', 'message', 'contact_email', 'locale'])
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(FEEDBACK_LISTED);
  if (options.since) query = query.where('created_at', '>=', options.since);
  const rows = await query.execute();
  return rows.map((row) => ({
    id: row.id,
    receivedAt: row.created_at,
    pageUrl: row.page_url,
    message: row.message,
    contactEmail: row.contact_email,
    locale: row.locale,
  }));
}
