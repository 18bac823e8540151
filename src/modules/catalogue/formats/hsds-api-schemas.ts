import { z } from 'zod';
import { LIMITS } from '../../../core/limits.js';

/**
 * The HSDS 3.0 API's parameters and response shapes (its OpenAPI description, and the filter every
 * answer passes: zod keeps only the fields named here). Field names and meanings follow the Open
 * Referral schemas; tests check the answers against the official schemas themselves
 * (tests/fixtures/hsds-3.0).
 */
export const HSDS_MAX_PER_PAGE = 500;

const booleanFlag = (description: string) =>
  z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true')
    .describe(description);

const paging = {
  page: z.coerce.number().int().min(1).max(100_000).default(1).describe('Page number, from 1'),
  per_page: z.coerce
    .number()
    .int()
    .min(1)
    .max(HSDS_MAX_PER_PAGE)
    .default(100)
    .describe(`Results per page, at most ${HSDS_MAX_PER_PAGE}`),
};
const search = z
  .string()
  .trim()
  .max(LIMITS.shortText)
  .optional()
  .describe('Full text search in name and description (case-insensitive)');
const modifiedAfter = z.iso
  .datetime({ offset: true })
  .optional()
  .describe('Only records modified on or after this date and time (RFC 3339, e.g. 2026-06-01T00:00:00Z)');
const organizationId = z.string().uuid().optional().describe('Only services of this organization');
const full = booleanFlag('true: every record fully nested, as GET …/{id} answers it');

export const HsdsPageQuery = z.object({ ...paging }).strict();
export const HsdsOrganizationsQuery = z.object({ search, full, ...paging }).strict();
export const HsdsServicesQuery = z
  .object({
    search,
    modified_after: modifiedAfter,
    organization_id: organizationId,
    full,
    minimal: booleanFlag('true: only each service’s id and last_modified, to find what changed'),
    ...paging,
  })
  .strict();
export const HsdsServiceAtLocationsQuery = z
  .object({ search, modified_after: modifiedAfter, organization_id: organizationId, full, ...paging })
  .strict();
export const HsdsIdParams = z.object({ id: z.string().uuid() }).strict();

// Responses. Formats (uuid, email, uri) are checked by the tests against the official schemas.
const id = z.string().describe('UUID');

const Phone = z.object({ id, number: z.string() });
const Language = z.object({ id, service_id: id, name: z.string(), code: z.string().describe('ISO 639-1') });
const ServiceArea = z.object({ id, service_id: id, name: z.string(), description: z.string() });
const CostOption = z.object({
  id,
  service_id: id,
  amount: z.number().optional(),
  currency: z.string().optional(),
  option: z.string(),
});
const Address = z.object({
  id,
  location_id: id,
  address_1: z.string().describe('Street and house number'),
  city: z.string(),
  region: z.string().optional(),
  state_province: z.string(),
  postal_code: z.string(),
  country: z.string().describe('ISO 3166-1 alpha-2'),
  address_type: z.enum(['physical', 'postal', 'virtual']),
});

export const HsdsOrganizationSchema = z.object({
  id,
  name: z.string(),
  description: z.string().describe('Plain text'),
  email: z.string().optional(),
  website: z.string().optional(),
  uri: z.string().optional().describe('The organisation’s page on the platform'),
  phones: z.array(Phone).optional(),
});

export const HsdsLocationSchema = z.object({
  id,
  location_type: z.enum(['physical', 'postal', 'virtual']),
  organization_id: id,
  name: z.string(),
  description: z.string().optional().describe('The address in words where it has no street'),
  addresses: z.array(Address),
});

const STATUS = z.enum(['active', 'inactive', 'defunct', 'temporarily closed']);

export const HsdsServiceSummarySchema = z.object({
  id,
  organization_id: id,
  name: z.string(),
  description: z.string().describe('Plain text: the summary and the description, Markdown rendered to text'),
  url: z.string().optional(),
  email: z.string().optional(),
  status: STATUS,
  fees_description: z.string().optional(),
  eligibility_description: z.string().optional(),
  assured_date: z.string().describe('Date (YYYY-MM-DD) the offer was last confirmed'),
  last_modified: z.string().describe('Date and time of the last change (RFC 3339)'),
});

const HsdsServiceAtLocationBase = z.object({
  id,
  service_id: id,
  location_id: id,
  description: z.string().optional(),
});

export const HsdsFullServiceSchema = HsdsServiceSummarySchema.extend({
  phones: z.array(Phone).optional(),
  languages: z.array(Language),
  service_areas: z.array(ServiceArea),
  cost_options: z.array(CostOption),
  organization: HsdsOrganizationSchema.optional(),
  service_at_locations: z.array(HsdsServiceAtLocationBase.extend({ location: HsdsLocationSchema.optional() })),
});

export const HsdsMinimalServiceSchema = z.object({ id, last_modified: z.string() });

export const HsdsServiceAtLocationSchema = HsdsServiceAtLocationBase.extend({
  location: HsdsLocationSchema.optional(),
  service: HsdsServiceSummarySchema.optional(),
});

export const HsdsMetaSchema = z.object({
  version: z.string().describe('HSDS version of this API'),
  profile: z.string().describe('URL of the HSDS profile this API follows'),
  openapi_url: z.string().describe('URL of the OpenAPI description of this API'),
});

/** The HSDS API's paged envelope around a list. */
export function hsdsPage<T extends z.ZodTypeAny>(item: T) {
  return z.object({
    total_items: z.number().int(),
    total_pages: z.number().int(),
    page_number: z.number().int(),
    size: z.number().int(),
    first_page: z.boolean(),
    last_page: z.boolean(),
    empty: z.boolean(),
    contents: z.array(item),
  });
}
