import { z } from 'zod';
import { CITIES } from '../../../region/index.js';

export const EventIdParams = z.object({ id: z.string().uuid() }).strict();
export const NoQuery = z.object({}).strict();

/** The feed of upcoming events, for all cities or one: the same filter as the events calendar page. */
export const EventsFeedQuery = z.object({ city: z.enum(CITIES).optional() }).strict();
