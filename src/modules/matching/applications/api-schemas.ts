import { z } from 'zod';
import { APPLICATION_STATUSES } from '../tables.js';
import { LANGUAGE_CODES, LANGUAGE_LEVELS } from './languages.js';
import { CERTIFICATES } from './schemas.js';

/**
 * The company's JSON view of applications. The response schemas are the last filter: only the
 * fields named here leave the server (zod drops everything else), and `identity` is filled only
 * by the reveal presenter after consent.
 */
export const ApplicationIdParams = z.object({ id: z.string().uuid() }).strict();
export const PositionIdParams = z.object({ positionId: z.string().uuid() }).strict();

const LanguageSchema = z.object({ code: z.enum(LANGUAGE_CODES), level: z.enum(LANGUAGE_LEVELS) });

export const ApplicationSummarySchema = z.object({
  id: z.string().uuid(),
  pseudonym: z.string(),
  status: z.enum(APPLICATION_STATUSES),
  submittedAt: z.string().datetime(),
  updatedAt: z.string().datetime(),
  schoolCertificate: z.enum(CERTIFICATES).nullable(),
  languages: z.array(LanguageSchema),
});

export const PositionApplicationsSchema = z.object({
  position: z.object({ id: z.string().uuid(), title: z.string(), status: z.string() }),
  applications: z.array(ApplicationSummarySchema),
});

export const QualificationsSchema = z.object({
  school_certificate: z.enum(CERTIFICATES),
  foreign_certificate: z.string().nullable(),
  training: z.string().nullable(),
  internships: z.string().nullable(),
  experience: z.string().nullable(),
  volunteering: z.string().nullable(),
  languages: z.array(LanguageSchema),
  motivation: z.string(),
});

export const CompanyApplicationSchema = z.object({
  id: z.string().uuid(),
  pseudonym: z.string(),
  positionId: z.string().uuid().nullable(),
  positionTitle: z.string(),
  status: z.enum(APPLICATION_STATUSES),
  closedReason: z.string().nullable(),
  submittedAt: z.string().datetime(),
  qualifications: QualificationsSchema.nullable(),
  messages: z.array(
    z.object({
      id: z.string().uuid(),
      from: z.enum(['company', 'applicant']),
      body: z.string().nullable(),
      at: z.string().datetime(),
    }),
  ),
  history: z.array(
    z.object({
      status: z.enum(APPLICATION_STATUSES),
      by: z.enum(['company', 'applicant', 'system']),
      at: z.string().datetime(),
    }),
  ),
  identity: z
    .object({
      name: z.string(),
      email: z.string().nullable(),
      phone: z.string().nullable(),
      address: z.string().nullable(),
    })
    .nullable(),
  nextStatuses: z.array(z.string()),
  canMessage: z.boolean(),
});

export const MessageResultSchema = z.object({ heldBack: z.boolean() });
export const StatusResultSchema = z.object({ status: z.enum(APPLICATION_STATUSES), noteHeldBack: z.boolean() });

type Jsonified<T> = T extends Date
  ? string
  : T extends (infer U)[]
    ? Jsonified<U>[]
    : T extends object
      ? { [K in keyof T]: Jsonified<T[K]> }
      : T;

/** Dates leave as ISO 8601 strings, as the OpenAPI document says. */
export function withIsoDates<T>(value: T): Jsonified<T> {
  if (value instanceof Date) return value.toISOString() as Jsonified<T>;
  if (Array.isArray(value)) return value.map((item: unknown) => withIsoDates(item)) as Jsonified<T>;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withIsoDates(item)])) as Jsonified<T>;
  }
  return value as Jsonified<T>;
}
