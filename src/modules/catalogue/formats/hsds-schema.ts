/**
 * JSON Schemas of the HSDS 3.0 objects we export, written from the Open Referral
 * specification (schema/organization.json, service.json, location.json, address.json,
 * language.json, phone.json, service_area.json, cost_option.json): the specification's field
 * names and types, its required fields, and `additionalProperties: false`, so a field name that
 * is not in HSDS fails validation. Tests validate every export against them.
 */
const uuid = { type: 'string', format: 'uuid' } as const;
const text = { type: 'string' } as const;

const phone = {
  type: 'object',
  required: ['id', 'number'],
  additionalProperties: false,
  properties: {
    id: uuid,
    location_id: uuid,
    service_id: uuid,
    organization_id: uuid,
    contact_id: uuid,
    service_at_location_id: uuid,
    number: text,
    extension: { type: 'number' },
    type: text,
    description: text,
  },
} as const;

const language = {
  type: 'object',
  required: ['id'],
  additionalProperties: false,
  properties: {
    id: uuid,
    service_id: uuid,
    location_id: uuid,
    phone_id: uuid,
    name: text,
    code: { type: 'string', pattern: '^[a-z]{2,3}$' },
    note: text,
  },
} as const;

const serviceArea = {
  type: 'object',
  required: ['id'],
  additionalProperties: false,
  properties: {
    id: uuid,
    service_id: uuid,
    service_at_location_id: uuid,
    name: text,
    description: text,
    extent: text,
    extent_type: { enum: ['geojson', 'topojson', 'kml', 'text'] },
    uri: { type: 'string', format: 'uri' },
  },
} as const;

const costOption = {
  type: 'object',
  required: ['id'],
  additionalProperties: false,
  properties: {
    id: uuid,
    service_id: uuid,
    valid_from: { type: 'string', format: 'date' },
    valid_to: { type: 'string', format: 'date' },
    option: text,
    currency: { type: 'string', pattern: '^[A-Z]{3}$' },
    amount: { type: 'number' },
    amount_description: text,
  },
} as const;

const address = {
  type: 'object',
  required: ['id', 'address_1', 'city', 'state_province', 'postal_code', 'country', 'address_type'],
  additionalProperties: false,
  properties: {
    id: uuid,
    location_id: uuid,
    attention: text,
    address_1: { type: 'string', minLength: 1 },
    address_2: text,
    city: { type: 'string', minLength: 1 },
    region: text,
    state_province: { type: 'string', minLength: 1 },
    postal_code: { type: 'string', minLength: 1 },
    country: { type: 'string', pattern: '^[A-Z]{2}$' },
    address_type: { enum: ['physical', 'postal', 'virtual'] },
  },
} as const;

export const HSDS_ORGANIZATION_SCHEMA = {
  type: 'object',
  required: ['id', 'name', 'description'],
  additionalProperties: false,
  properties: {
    id: uuid,
    name: { type: 'string', minLength: 1 },
    alternate_name: text,
    description: text,
    email: { type: 'string', format: 'email' },
    website: { type: 'string', format: 'uri' },
    legal_status: text,
    logo: text,
    uri: { type: 'string', format: 'uri' },
    parent_organization_id: uuid,
    phones: { type: 'array', items: phone },
  },
} as const;

export const HSDS_SERVICE_SCHEMA = {
  type: 'object',
  required: ['id', 'name', 'status'],
  additionalProperties: false,
  properties: {
    id: uuid,
    organization_id: uuid,
    program_id: uuid,
    name: { type: 'string', minLength: 1 },
    alternate_name: text,
    description: text,
    url: { type: 'string', format: 'uri' },
    email: { type: 'string', format: 'email' },
    status: { enum: ['active', 'inactive', 'defunct', 'temporarily closed'] },
    interpretation_services: text,
    application_process: text,
    fees_description: text,
    accreditations: text,
    eligibility_description: text,
    minimum_age: { type: 'number' },
    maximum_age: { type: 'number' },
    assured_date: { type: 'string', format: 'date' },
    assurer_email: { type: 'string', format: 'email' },
    alert: text,
    phones: { type: 'array', items: phone },
    languages: { type: 'array', items: language },
    service_areas: { type: 'array', items: serviceArea },
    cost_options: { type: 'array', items: costOption },
  },
} as const;

export const HSDS_LOCATION_SCHEMA = {
  type: 'object',
  required: ['id', 'location_type'],
  additionalProperties: false,
  properties: {
    id: uuid,
    location_type: { enum: ['physical', 'postal', 'virtual'] },
    url: { type: 'string', format: 'uri' },
    organization_id: uuid,
    name: text,
    alternate_name: text,
    description: text,
    transportation: text,
    latitude: { type: 'number' },
    longitude: { type: 'number' },
    external_identifier: text,
    external_identifier_type: text,
    languages: { type: 'array', items: language },
    addresses: { type: 'array', items: address },
    phones: { type: 'array', items: phone },
  },
} as const;

/** The HSDS API's paged response around a list of objects. */
export function hsdsPageSchema(item: object) {
  return {
    type: 'object',
    required: ['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page', 'empty', 'contents'],
    additionalProperties: false,
    properties: {
      total_items: { type: 'integer', minimum: 0 },
      total_pages: { type: 'integer', minimum: 1 },
      page_number: { type: 'integer', minimum: 1 },
      size: { type: 'integer', minimum: 0 },
      first_page: { type: 'boolean' },
      last_page: { type: 'boolean' },
      empty: { type: 'boolean' },
      contents: { type: 'array', items: item },
    },
  } as const;
}
