import { z } from 'zod';
import { CITIES } from '../../../region/index.js';
import { FIELDS_OF_ACTION } from '../taxonomy.js';

export const EventIdParams = z.object({ id: z.string().uuid() }).strict();
export const NoQuery = z.object({}).strict();

/** The feed of upcoming events, for all cities or one and all fields of action or one: the calendar page's filter. */
export const EventsFeedQuery = z
  .object({ city: z.enum(CITIES).optional(), field: z.enum(FIELDS_OF_ACTION).optional() })
  .strict();
