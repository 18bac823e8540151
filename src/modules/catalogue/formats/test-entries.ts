import type { Insertable, Kysely } from 'kysely';
import type { CatalogueEntriesTable, CatalogueEntry } from '../tables.js';
import type { Database } from '../../../core/db/database.js';
import { createOrganisation } from '../../../seed/factories.js';
import { days, hours } from '../../../core/time/durations.js';

type EntryOverrides = Partial<Omit<Insertable<CatalogueEntriesTable>, 'details'>> & {
  details?: Record<string, unknown>;
};

const DAY = days(1);

/**
 * Inserts a catalogue entry directly, published unless told otherwise, for the tests of events
 * and open formats (they must not depend on the entry forms). Creates an organisation on demand.
 */
export async function insertEntry(db: Kysely<Database>, overrides: EntryOverrides = {}): Promise<CatalogueEntry> {
  const { details, ...columns } = overrides;
  const organisationId =
    columns.organisation_id ?? (await createOrganisation(db, { type: 'provider', verified_at: new Date() })).id;
  const kind = columns.kind ?? 'offer';
  const isEvent = kind === 'event';
  return db
    .insertInto('catalogue_entries')
    .values({
      kind,
      organisation_id: organisationId,
      status: 'published',
      title: 'Interkulturelle Kompetenz im Betrieb',
      summary: 'Ein Workshop für Ausbilderinnen und Ausbilder in kleinen und mittleren Unternehmen.',
      published_at: new Date(),
      ...(isEvent
        ? { starts_at: new Date(Date.now() + 14 * DAY), ends_at: new Date(Date.now() + 14 * DAY + hours(3)) }
        : {}),
      ...columns,
      details: JSON.stringify(details ?? {}),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function insertEvent(db: Kysely<Database>, overrides: EntryOverrides = {}): Promise<CatalogueEntry> {
  return insertEntry(db, { kind: 'event', title: 'Azubi-Speed-Dating Essen', ...overrides });
}
