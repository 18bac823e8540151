import type { City } from '../../../../region/index.js';
import type { EntryKind, TranslationLocale } from '../../tables.js';
import { AppError } from '../../../../core/errors.js';
import type { AppServices } from '../../../../core/http/types.js';
import { dateColumnDay } from '../../../../core/time/calendar-day.js';

/** What the public API shows of a published entry: chosen columns, never review notes or authors. */
export interface PublicEntry {
  id: string;
  kind: EntryKind;
  title: string;
  summary: string;
  body: string;
  organisation: { id: string; name: string };
  fieldsOfAction: string[];
  targetGroups: string[];
  cities: City[];
  languages: string[];
  cost: 'free' | 'fee' | null;
  format: 'in_person' | 'online' | 'hybrid' | null;
  contact: { email: string | null; phone: string | null; website: string | null };
  accessibilityNotes: string | null;
  validFrom: string | null;
  validUntil: string | null;
  startsAt: string | null;
  endsAt: string | null;
  details: Record<string, unknown>;
  publishedAt: string;
  updatedAt: string;
  translations: { locale: TranslationLocale; title: string; summary: string; body: string }[];
}

/** node-postgres reads a date as local midnight, so the calendar day is read in local time too. */
function isoDate(value: Date | string | null): string | null {
  if (value === null || typeof value === 'string') return value === null ? null : value.slice(0, 10);
  return dateColumnDay(value);
}

export async function getPublicEntry(options: { services: AppServices; id: string }): Promise<PublicEntry> {
  const { db } = options.services;
  const row = await db
    .selectFrom('catalogue_entries as e')
    .innerJoin('organisations as o', 'o.id', 'e.organisation_id')
    .select([
      'e.id',
      'e.kind',
      'e.title',
      'e.summary',
      'e.body',
      'e.organisation_id',
      'o.name as organisation_name',
      'e.fields_of_action',
      'e.target_groups',
      'e.cities',
      'e.languages',
      'e.cost',
      'e.format',
      'e.contact_email',
      'e.contact_phone',
      'e.website',
      'e.accessibility_notes',
      'e.valid_from',
      'e.valid_until',
      'e.starts_at',
      'e.ends_at',
      'e.details',
      'e.published_at',
      'e.updated_at',
    ])
    .where('e.id', '=', options.id)
    .where('e.status', '=', 'published')
    .where('e.hidden_at', 'is', null)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found');
  const translations = await db
    .selectFrom('catalogue_translations')
    .select(['locale', 'title', 'summary', 'body'])
    .where('entry_id', '=', row.id)
    .orderBy('locale')
    .execute();
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    summary: row.summary,
    body: row.body,
    organisation: { id: row.organisation_id, name: row.organisation_name },
    fieldsOfAction: row.fields_of_action,
    targetGroups: row.target_groups,
    cities: row.cities as City[],
    languages: row.languages,
    cost: row.cost,
    format: row.format,
    contact: { email: row.contact_email, phone: row.contact_phone, website: row.website },
    accessibilityNotes: row.accessibility_notes,
    validFrom: isoDate(row.valid_from),
    validUntil: isoDate(row.valid_until),
    startsAt: row.starts_at?.toISOString() ?? null,
    endsAt: row.ends_at?.toISOString() ?? null,
    details: row.details,
    publishedAt: (row.published_at ?? row.updated_at).toISOString(),
    updatedAt: row.updated_at.toISOString(),
    translations,
  };
}
