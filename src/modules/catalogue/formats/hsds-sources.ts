import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../core/db/database.js';
import type { AppServices } from '../../../core/http/types.js';
import { entryPageUrl } from '../shared/index.js';
import {
  stableUuid,
  toHsdsLocations,
  toHsdsOrganization,
  type HsdsLocation,
  type HsdsOrganization,
  type HsdsPage,
  type HsdsServiceAtLocation,
  type OfferSource,
} from './hsds.js';
import { publicEntries } from './public-entries.js';

/**
 * What the HSDS use-cases read: public offers (services) with the standard filters, the organizations
 * behind them and the addresses of their published actor profiles (locations). A service is given at
 * its organisation's locations unless it is online only; each such pair is a service_at_location with
 * a derived, stable id.
 */
export interface HsdsFilter {
  search?: string | undefined;
  modifiedAfter?: string | undefined;
  organizationId?: string | undefined;
  id?: string | undefined;
}

export type OfferRow = OfferSource & { format: 'in_person' | 'online' | 'hybrid' | null };

/** A LIKE pattern that matches the text literally (%, _ and \ escaped). */
function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

export function publicOffers(db: Kysely<Database>, filter: HsdsFilter) {
  let query = publicEntries(db, 'offer');
  if (filter.id) query = query.where('e.id', '=', filter.id);
  if (filter.organizationId) query = query.where('e.organisation_id', '=', filter.organizationId);
  if (filter.modifiedAfter) query = query.where('e.updated_at', '>=', new Date(filter.modifiedAfter));
  if (filter.search) {
    const pattern = containing(filter.search);
    query = query.where(
      sql<boolean>`(e.title ilike ${pattern} or e.summary ilike ${pattern} or e.body ilike ${pattern})`,
    );
  }
  return query;
}

export async function readOffers(
  db: Kysely<Database>,
  filter: HsdsFilter,
  window: { limit: number; offset: number } | null,
): Promise<OfferRow[]> {
  let query = publicOffers(db, filter)
    .select([
      'e.id',
      'e.organisation_id',
      'e.title',
      'e.summary',
      'e.body',
      'e.website',
      'e.contact_email',
      'e.contact_phone',
      'e.cost',
      'e.format',
      'e.languages',
      'e.cities',
      'e.target_groups',
      'e.valid_until',
      'e.last_confirmed_at',
      'e.updated_at',
    ])
    .orderBy('e.title')
    .orderBy('e.id');
  if (window) query = query.limit(window.limit).offset(window.offset);
  return query.execute();
}

/** Organizations by id; the newest published actor profile of each supplies name, description and contact. */
export async function readOrganizations(
  services: AppServices,
  organisations: { id: string; name: string; website: string | null }[],
): Promise<Map<string, HsdsOrganization>> {
  const ids = organisations.map((o) => o.id);
  const actors =
    ids.length === 0
      ? []
      : await publicEntries(services.db, 'actor')
          .select([
            'e.id',
            'e.organisation_id',
            'e.title',
            'e.summary',
            'e.contact_email',
            'e.contact_phone',
            'e.website',
          ])
          .where('e.organisation_id', 'in', ids)
          .orderBy('e.published_at', 'desc')
          .execute();
  return new Map(
    organisations.map((organisation) => [
      organisation.id,
      toHsdsOrganization(
        {
          organisationId: organisation.id,
          organisationName: organisation.name,
          organisationWebsite: organisation.website,
          actor: actors.find((a) => a.organisation_id === organisation.id) ?? null,
        },
        (entryId) => entryPageUrl(services.config.baseUrl, 'de', entryId),
      ),
    ]),
  );
}

export async function readOrganizationsByIds(
  services: AppServices,
  ids: string[],
): Promise<Map<string, HsdsOrganization>> {
  if (ids.length === 0) return new Map();
  const rows = await services.db
    .selectFrom('organisations')
    .select(['id', 'name', 'website'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return readOrganizations(services, rows);
}

/** The locations of published actor profiles, per organisation (all organisations, or those named). */
export async function readLocations(db: Kysely<Database>, organisationIds: string[] | null): Promise<HsdsLocation[]> {
  if (organisationIds?.length === 0) return [];
  let query = publicEntries(db, 'actor')
    .select(['e.id', 'e.organisation_id', 'e.title', 'e.details'])
    .orderBy('e.title')
    .orderBy('e.id');
  if (organisationIds) query = query.where('e.organisation_id', 'in', [...new Set(organisationIds)]);
  return (await query.execute()).flatMap(toHsdsLocations);
}

/** Where an offer is given: its organisation's locations, unless it is online only. */
export function servicesAtLocations(offer: OfferRow, locations: HsdsLocation[]): HsdsServiceAtLocation[] {
  if (offer.format === 'online') return [];
  return locations
    .filter((location) => location.organization_id === offer.organisation_id)
    .map((location) => ({
      id: stableUuid('service_at_location', offer.id, location.id),
      service_id: offer.id,
      location_id: location.id,
    }));
}

/** The HSDS API's page of results. */
export function toPage<T>(all: { total: number; contents: T[] }, page: number, perPage: number): HsdsPage<T> {
  const totalPages = Math.max(1, Math.ceil(all.total / perPage));
  return {
    total_items: all.total,
    total_pages: totalPages,
    page_number: page,
    size: all.contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: all.contents.length === 0,
    contents: all.contents,
  };
}
