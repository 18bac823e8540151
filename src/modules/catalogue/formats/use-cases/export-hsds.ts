import type { AppServices } from '../../../../core/http/types.js';
import {
  toHsdsLocations,
  toHsdsOrganization,
  toHsdsService,
  toPage,
  type HsdsLocation,
  type HsdsOrganization,
  type HsdsPage,
  type HsdsService,
} from '../hsds.js';
import { entryPageUrl } from '../../shared/index.js';
import { publicEntries } from '../public-entries.js';

export interface PageRequest {
  page: number;
  perPage: number;
}

/**
 * Organizations: every organisation with a published actor profile or a published offer, so
 * each service's organization_id points at an organization in the export. The actor profile,
 * where there is one, supplies name, description and contact.
 */
export async function exportHsdsOrganizations(
  options: { services: AppServices } & PageRequest,
): Promise<HsdsPage<HsdsOrganization>> {
  const { services, page, perPage } = options;
  const { db } = services;
  const withPublicEntries = db
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
  const total = await withPublicEntries.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const organisations = await withPublicEntries
    .select(['o.id', 'o.name', 'o.website'])
    .orderBy('o.name')
    .orderBy('o.id')
    .limit(perPage)
    .offset((page - 1) * perPage)
    .execute();
  const actors =
    organisations.length === 0
      ? []
      : await publicEntries(db, 'actor')
          .select([
            'e.id',
            'e.organisation_id',
            'e.title',
            'e.summary',
            'e.contact_email',
            'e.contact_phone',
            'e.website',
          ])
          .where(
            'e.organisation_id',
            'in',
            organisations.map((o) => o.id),
          )
          .orderBy('e.published_at', 'desc')
          .execute();
  const contents = organisations.map((organisation) =>
    toHsdsOrganization(
      {
        organisationId: organisation.id,
        organisationName: organisation.name,
        organisationWebsite: organisation.website,
        actor: actors.find((a) => a.organisation_id === organisation.id) ?? null,
      },
      (entryId) => entryPageUrl(services.config.baseUrl, 'de', entryId),
    ),
  );
  return toPage({ total: Number(total.n), contents }, page, perPage);
}

export async function exportHsdsServices(
  options: { services: AppServices; now?: Date } & PageRequest,
): Promise<HsdsPage<HsdsService>> {
  const { services, page, perPage } = options;
  const query = publicEntries(services.db, 'offer');
  const total = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const offers = await query
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
      'e.languages',
      'e.cities',
      'e.target_groups',
      'e.valid_until',
      'e.last_confirmed_at',
    ])
    .orderBy('e.title')
    .orderBy('e.id')
    .limit(perPage)
    .offset((page - 1) * perPage)
    .execute();
  const today = options.now ?? new Date();
  const contents = offers.map((offer) =>
    toHsdsService(offer, entryPageUrl(services.config.baseUrl, 'de', offer.id), today),
  );
  return toPage({ total: Number(total.n), contents }, page, perPage);
}

/** Locations are the addresses of published actors; there are few per actor, so they are paged after reading. */
export async function exportHsdsLocations(
  options: { services: AppServices } & PageRequest,
): Promise<HsdsPage<HsdsLocation>> {
  const { services, page, perPage } = options;
  const actors = await publicEntries(services.db, 'actor')
    .select(['e.id', 'e.organisation_id', 'e.title', 'e.details'])
    .orderBy('e.title')
    .orderBy('e.id')
    .execute();
  const all = actors.flatMap(toHsdsLocations);
  return toPage({ total: all.length, contents: all.slice((page - 1) * perPage, page * perPage) }, page, perPage);
}
