import { sql } from 'kysely';
import type { AppServices } from '../../../../core/http/types.js';
import type { HsdsLocation, HsdsOrganization, HsdsPage } from '../hsds.js';
import { readLocations, readOrganizations, toPage } from '../hsds-sources.js';

export interface PageRequest {
  page: number;
  perPage: number;
}

/**
 * Organizations (each with its one-to-one fields, or with its phones when full): every organisation with a published actor profile or a published offer, so
 * each service's organization_id points at an organization in the export. The actor profile,
 * where there is one, supplies name, description and contact.
 */
export async function exportHsdsOrganizations(
  options: { services: AppServices; search?: string | undefined; full?: boolean } & PageRequest,
): Promise<HsdsPage<HsdsOrganization>> {
  const { services, page, perPage, search } = options;
  const { db } = services;
  let withPublicEntries = db
    .selectFrom('organisations as o')
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('catalogue_entries as e')
          .select('e.id')
          .whereRef('e.organisation_id', '=', 'o.id')
          .where('e.kind', 'in', ['actor', 'offer'])
          .where('e.status', '=', 'published')
          .where('e.hidden_at', 'is', null),
      ),
    );
  if (search) {
    const pattern = `%${search.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    withPublicEntries = withPublicEntries.where(sql<boolean>`o.name ilike ${pattern}`);
  }
  const total = await withPublicEntries.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const organisations = await withPublicEntries
    .select(['o.id', 'o.name', 'o.website'])
    .orderBy('o.name')
    .orderBy('o.id')
    .limit(perPage)
    .offset((page - 1) * perPage)
    .execute();
  const byId = await readOrganizations(services, organisations);
  // The list has the one-to-one fields; full=true adds the phones.
  const contents = organisations.flatMap((organisation) => {
    const organization = byId.get(organisation.id);
    if (!organization) return [];
    if (options.full) return [organization];
    const { phones: _phones, ...oneToOne } = organization;
    return [oneToOne];
  });
  return toPage({ total: Number(total.n), contents }, page, perPage);
}

/** Locations are the addresses of published actors; there are few per actor, so they are paged after reading. */
export async function exportHsdsLocations(
  options: { services: AppServices } & PageRequest,
): Promise<HsdsPage<HsdsLocation>> {
  const { services, page, perPage } = options;
  const all = await readLocations(services.db, null);
  return toPage({ total: all.length, contents: all.slice((page - 1) * perPage, page * perPage) }, page, perPage);
}
