import { z } from 'zod';
import { CITIES } from '../../../region/index.js';
import { FIELDS_OF_ACTION } from '../taxonomy.js';

export const HSDS_MAX_PER_PAGE = 500;

/** Paging as in the HSDS API: page numbers from 1, page size per_page. */
export const HsdsPageQuery = z
  .object({
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    per_page: z.coerce.number().int().min(1).max(HSDS_MAX_PER_PAGE).default(100),
  })
  .strict();

export const EventIdParams = z.object({ id: z.string().uuid() }).strict();
export const NoQuery = z.object({}).strict();

/** The feed of upcoming events, for all cities or one and all fields of action or one: the calendar page's filter. */
export const EventsFeedQuery = z
  .object({ city: z.enum(CITIES).optional(), field: z.enum(FIELDS_OF_ACTION).optional() })
  .strict();
