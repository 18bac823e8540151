import { z } from 'zod';

/**
 * What an event keeps in its entry's `details` (jsonb): the number of places, where it takes
 * place, and whether it is held online. The entry forms write these keys; everything that reads
 * them (registration, iCalendar, JSON-LD) goes through this one reader, which tolerates missing
 * or malformed values rather than breaking a page.
 */
export const EVENT_DETAIL_KEYS = { capacity: 'capacity', address: 'place_address', onlineUrl: 'online_url' } as const;
/** The demo data names the place `location`; it is read when `place_address` is absent. */
const ADDRESS_FALLBACK_KEY = 'location';

export const MAX_EVENT_CAPACITY = 100_000;

const Capacity: z.ZodType<number, unknown> = z
  .union([z.number(), z.string().trim().regex(/^\d+$/).transform(Number)])
  .pipe(z.number().int().min(0).max(MAX_EVENT_CAPACITY));
const Text = z.string().trim().min(1).max(2000);
const WebLink = Text.url().regex(/^https?:\/\//);

export interface EventFacts {
  /** Null means unlimited places. */
  capacity: number | null;
  address: string | null;
  onlineUrl: string | null;
}

function read<T>(schema: z.ZodType<T, unknown>, value: unknown): T | null {
  const result = schema.safeParse(value);
  return result.success ? result.data : null;
}

export function readEventFacts(details: Record<string, unknown> | null | undefined): EventFacts {
  const source = details ?? {};
  return {
    capacity: read(Capacity, source[EVENT_DETAIL_KEYS.capacity]),
    address: read(Text, source[EVENT_DETAIL_KEYS.address]) ?? read(Text, source[ADDRESS_FALLBACK_KEY]),
    onlineUrl: read(WebLink, source[EVENT_DETAIL_KEYS.onlineUrl]),
  };
}
