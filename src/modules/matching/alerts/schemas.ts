import { z } from 'zod';
import { CITIES, OCCUPATION_IDS } from '../../../region/index.js';
import { POSITION_KINDS } from '../tables.js';
import { checkboxes } from '../mentoring/index.js';

export const ALERT_LIMITS = {
  alertsPerUser: 10,
  occupationsPerAlert: 10,
} as const;

export const FREQUENCIES = ['daily', 'weekly'] as const;

const frequency = z.enum(FREQUENCIES, { error: 'matching_alerts.validation.frequency' });

export const PositionAlertSchema = z
  .object({
    frequency,
    occupations: checkboxes(OCCUPATION_IDS).refine(
      (items) => items.length <= ALERT_LIMITS.occupationsPerAlert,
      'matching_alerts.validation.too_many_occupations',
    ),
    cities: checkboxes(CITIES),
    kinds: checkboxes(POSITION_KINDS),
  })
  .strict();
export type PositionAlertInput = z.infer<typeof PositionAlertSchema>;

export const ProfileDigestSchema = z.object({ frequency }).strict();

/** The link in the reminder mail: a random token, only its hash is stored. */
const token = z
  // Only the type issue: in zod 4 a schema's own error also answers the issues of its checks.
  .string({ error: (issue) => (issue.code === 'invalid_type' ? 'matching_alerts.validation.token' : undefined) })
  .regex(/^[A-Za-z0-9_-]{20,100}$/, 'matching_alerts.validation.token');
export const ConfirmTokenSchema = z.object({ token }).strict();
export const OptionalTokenSchema = z.object({ token: token.optional() }).strict();

export const IdParamsSchema = z.object({ lang: z.string(), id: z.string().uuid() }).strict();
export const EmptyFormSchema = z.object({}).strict();
