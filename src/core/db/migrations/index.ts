import type { Migration } from 'kysely';
import * as m001Foundation from './001-foundation.js';
import * as m007RateLimits from './007-rate-limits.js';
import * as m008MailAttachments from './008-core-mail-attachments.js';
import * as m019MailQueue from './019-core-mail-queue.js';
import * as m020SessionPrivileges from './020-core-session-privileges.js';
import * as m022FormSubmissions from './022-core-form-submissions.js';

/** Core's own migrations, by the name recorded in kysely_migration (never rename one). */
export const migrations: Record<string, Migration> = {
  '001-foundation': m001Foundation,
  '007-rate-limits': m007RateLimits,
  '008-core-mail-attachments': m008MailAttachments,
  '019-core-mail-queue': m019MailQueue,
  '020-core-session-privileges': m020SessionPrivileges,
  '022-core-form-submissions': m022FormSubmissions,
};
