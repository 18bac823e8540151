import { z } from 'zod';
import { CITIES } from '../../../region/index.js';
import { FIELDS_OF_ACTION } from '../taxonomy.js';

export const EventIdParamsSchema = z.object({ lang: z.string(), id: z.string().uuid() }).strict();
/** Register and cancel are buttons: the form carries nothing but its CSRF token. */
export const EmptyFormSchema = z.object({}).strict();

/** The events calendar's filter: one city or all, one field of action or all (the forms' empty choices), and the page. */
export const EventsCalendarQuerySchema = z
  .object({
    city: z
      .union([z.enum(CITIES), z.literal('')])
      .optional()
      .transform((city) => city || null),
    field: z
      .union([z.enum(FIELDS_OF_ACTION), z.literal('')])
      .optional()
      .transform((field) => field || null),
    page: z.coerce.number().int().min(1).max(10_000).default(1),
  })
  .strict();
