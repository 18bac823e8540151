import { z } from 'zod';

export const EventIdParamsSchema = z.object({ lang: z.string(), id: z.string().uuid() }).strict();
/** Register and cancel are buttons: the form carries nothing but its CSRF token. */
export const EmptyFormSchema = z.object({}).strict();
