import { sql, type Kysely } from 'kysely';
import type { City } from '../../../region/index.js';
import type { Database } from '../../../core/db/database.js';
import type { EntryKind } from '../tables.js';
import type { FieldOfAction } from '../taxonomy.js';

/**
 * The one rule for what open data exports may contain: published entries that are not hidden
 * for staleness. Drafts, entries in review, archived and hidden entries never leave through an export.
 */
export function publicEntries(db: Kysely<Database>, kind: EntryKind | readonly EntryKind[]) {
  return db
    .selectFrom('catalogue_entries as e')
    .where('e.kind', 'in', typeof kind === 'string' ? [kind] : kind)
    .where('e.status', '=', 'published')
    .where('e.hidden_at', 'is', null);
}

/**
 * Published events that have not ended yet, optionally only those in one city or field of action: the one rule
 * the events calendar page and its iCalendar feeds share, so a feed holds exactly what its page lists.
 */
export function upcomingEvents(
  db: Kysely<Database>,
  filter: { now: Date; city: City | null; field?: FieldOfAction | null },
) {
  let query = publicEntries(db, 'event')
    .where('e.starts_at', 'is not', null)
    .where(sql<boolean>`coalesce(e.ends_at, e.starts_at) >= ${filter.now}`);
  if (filter.city) query = query.where(sql<boolean>`e.cities @> array[${filter.city}]::text[]`);
  if (filter.field) query = query.where(sql<boolean>`e.fields_of_action @> array[${filter.field}]::text[]`);
  return query;
}

/** Addresses we put into mailto: links and contact fields; anything odd is left out rather than passed on. */
export function plainEmail(value: string | null | undefined): string | null {
  return value && /^[^\s@:;,"<>()\\]+@[^\s@:;,"<>()\\]+\.[^\s@:;,"<>()\\]+$/.test(value) ? value : null;
}

/** Links we pass on: http(s) only, parseable. */
export function webLink(value: string | null | undefined): string | null {
  if (!value || !/^https?:\/\//i.test(value)) return null;
  try {
    return new URL(value).toString();
  } catch {
    return null;
  }
}
