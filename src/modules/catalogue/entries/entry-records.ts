import type { Kysely } from 'kysely';
import { recordAudit } from '../../../core/audit/record-audit.js';
import type { CatalogueEntry, EntryStatus } from '../tables.js';
import type { Database } from '../../../core/db/database.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import { DEFAULT_LOCALE, isLocale } from '../../../core/i18n/locales.js';
import { getTranslator, type Translator } from '../../../core/i18n/translator.js';
import { mailDisplayName } from '../../../core/mail/display-name.js';
import { enqueueMail } from '../../../core/mail/mailer.js';
import type { EntryRef } from '../policy.js';
import { calendarDay } from './dates.js';
import type { EntryInput } from './schemas.js';

/** What the change history records: every step of the workflow and every edit. */
export const REVISION_ACTIONS = [
  'created',
  'updated',
  'translated',
  'submitted',
  'published',
  'returned',
  'archived',
  'stale_flagged',
  'hidden',
  'confirmed',
] as const;
export type RevisionAction = (typeof REVISION_ACTIONS)[number];

export async function loadEntry(
  db: Kysely<Database>,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<CatalogueEntry> {
  let query = db.selectFrom('catalogue_entries').selectAll().where('id', '=', id);
  if (options.forUpdate) query = query.forUpdate();
  const entry = await query.executeTakeFirst();
  if (!entry) throw new AppError('not_found');
  return entry;
}

export function entryRef(entry: Pick<CatalogueEntry, 'organisation_id' | 'status' | 'hidden_at' | 'cities'>): EntryRef {
  return {
    organisationId: entry.organisation_id,
    status: entry.status,
    isHidden: entry.hidden_at !== null,
    cities: entry.cities,
  };
}

/** The columns an entry form writes. */
export function entryColumns(input: EntryInput) {
  return {
    title: input.title,
    summary: input.summary,
    body: input.body,
    fields_of_action: input.fieldsOfAction,
    target_groups: input.targetGroups,
    cities: input.cities,
    languages: input.languages,
    cost: input.cost,
    format: input.format,
    contact_email: input.contactEmail,
    contact_phone: input.contactPhone,
    website: input.website,
    accessibility_notes: input.accessibilityNotes,
    valid_from: input.validFrom,
    valid_until: input.validUntil,
    starts_at: input.startsAt,
    ends_at: input.endsAt,
    details: JSON.stringify(input.details),
  };
}

/** The entry as it stands, with its translations: one row of the change history. */
async function snapshotOf(db: Kysely<Database>, entryId: string): Promise<Record<string, unknown>> {
  const entry = await loadEntry(db, entryId);
  const translations = await db
    .selectFrom('catalogue_translations')
    .select(['locale', 'title', 'summary', 'body'])
    .where('entry_id', '=', entryId)
    .orderBy('locale')
    .execute();
  const { search_vector: _vector, rank_vector: _rank, ...columns } = entry;
  return {
    ...columns,
    valid_from: calendarDay(entry.valid_from),
    valid_until: calendarDay(entry.valid_until),
    translations,
  };
}

/** Writes the revision (with a snapshot) and the audit entry of one change, inside the caller's transaction. */
export async function recordChange(
  db: Kysely<Database>,
  change: {
    entryId: string;
    organisationId: string;
    actorUserId: string | null;
    action: RevisionAction;
    note?: string | null;
    ip?: string | null;
  },
): Promise<void> {
  const snapshot = await snapshotOf(db, change.entryId);
  await db
    .insertInto('catalogue_revisions')
    .values({
      entry_id: change.entryId,
      actor_user_id: change.actorUserId,
      action: change.action,
      status: snapshot.status as EntryStatus,
      note: change.note ?? null,
      snapshot: JSON.stringify(snapshot),
    })
    .execute();
  await recordAudit(db, {
    actorUserId: change.actorUserId,
    action: `catalogue_entry.${change.action}`,
    subjectType: 'catalogue_entry',
    subjectId: change.entryId,
    organisationId: change.organisationId,
    ip: change.ip ?? null,
  });
}

/**
 * Mails the people who manage an entry — the admins of its organisation and the member who
 * created it, if still a member — each in their own language, inside the caller's transaction.
 */
export async function mailEntryManagers(
  services: Pick<AppServices, 'queue' | 'config'>,
  db: Kysely<Database>,
  entry: Pick<CatalogueEntry, 'organisation_id' | 'created_by'>,
  write: (i18n: Translator, recipient: { name: string; lang: string }) => { subject: string; text: string },
): Promise<number> {
  const managers = await db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.email', 'u.locale', 'u.display_name'])
    .where('m.organisation_id', '=', entry.organisation_id)
    .where((eb) =>
      entry.created_by
        ? eb.or([eb('m.role', '=', 'admin'), eb('u.id', '=', entry.created_by)])
        : eb('m.role', '=', 'admin'),
    )
    .where('u.email_verified_at', 'is not', null)
    .orderBy('u.email')
    .execute();
  for (const manager of managers) {
    const i18n = getTranslator(isLocale(manager.locale) ? manager.locale : DEFAULT_LOCALE);
    const mail = write(i18n, { name: mailDisplayName(manager.display_name), lang: i18n.locale.code });
    const signature = i18n.t('accounts.mail.signature', { site: i18n.t('layout.site_name') });
    await enqueueMail(services.queue, db, {
      to: manager.email,
      subject: mail.subject,
      text: `${mail.text}\n\n${signature}`,
    });
  }
  return managers.length;
}

/** The link to an entry's edit page for a mail, in the recipient's language. */
export function editLink(services: Pick<AppServices, 'config'>, lang: string, entryId: string): string {
  return `${services.config.baseUrl}/${lang}/eintraege/${entryId}/bearbeiten`;
}
