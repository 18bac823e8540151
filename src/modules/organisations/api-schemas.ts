import { z } from 'zod';
import { CITIES } from '../../region/index.js';
import { ORGANISATION_TYPES } from '../../core/db/database.js';
import { LIMITS } from '../../core/limits.js';

export const ListOrganisationsQuery = z
  .object({
    type: z.enum(ORGANISATION_TYPES).optional(),
    city: z.enum(CITIES).optional(),
    q: z.string().trim().max(LIMITS.shortText).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict();

export const PublicOrganisationSchema = z.object({
  id: z.string().uuid(),
  name: z.string(),
  type: z.enum(ORGANISATION_TYPES),
  city: z.enum(CITIES).nullable(),
  website: z.string().nullable(),
});

export const OrganisationListSchema = z.object({ total: z.number().int(), items: z.array(PublicOrganisationSchema) });
