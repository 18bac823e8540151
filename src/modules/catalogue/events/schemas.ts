import { z } from 'zod';
import { CITIES } from '../../../region/index.js';

export const EventIdParamsSchema = z.object({ lang: z.string(), id: z.string().uuid() }).strict();
/** Register and cancel are buttons: the form carries nothing but its CSRF token. */
export const EmptyFormSchema = z.object({}).strict();

/** The events calendar's filter: one city or all (the form's empty choice), and the page. */
export const EventsCalendarQuerySchema = z
  .object({
    city: z
      .union([z.enum(CITIES), z.literal('')])
      .optional()
      .transform((city) => city || null),
    page: z.coerce.number().int().min(1).max(10_000).default(1),
  })
  .strict();
