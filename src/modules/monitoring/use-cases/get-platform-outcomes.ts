import type { UserActor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/policy.js';
import type { AppServices } from '../../../core/http/types.js';
import { berlinDay, berlinDayStart } from '../../../core/time/calendar-day.js';
import { CITIES, type City } from '../../../region/index.js';
import { countMonthlyOutcomes, OUTCOME_KINDS, type OutcomeKind } from '../../matching/index.js';
import { monitoringPolicy } from '../policy.js';

/** Counts from 1 to this minus one are not shown: a small cell could point at a person. */
export const SMALL_CELL_LIMIT = 5;

/** A count as shown: the number, or suppressed when it is small (zero is no person and stays). */
export type ShownCount = { kind: 'count'; value: number } | { kind: 'suppressed' };

export function suppressSmall(count: number): ShownCount {
  return count > 0 && count < SMALL_CELL_LIMIT ? { kind: 'suppressed' } : { kind: 'count', value: count };
}

export interface PlatformOutcomes {
  months: string[];
  byKind: Record<OutcomeKind, Record<string, Record<City, ShownCount>>>;
}

/** The platform's outcomes per city over the last twelve months, small cells suppressed. */
export async function getPlatformOutcomes(options: {
  services: AppServices;
  actor: UserActor;
  now: Date;
}): Promise<PlatformOutcomes> {
  const { services, actor, now } = options;
  authorize(actor, monitoringPolicy, 'view_internal', undefined);
  const today = berlinDay(now);
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  // The current month and the eleven before it, as "YYYY-MM" in German time.
  const months = Array.from({ length: 12 }, (_, index) => {
    const at = new Date(Date.UTC(year, month - 12 + index, 1));
    return at.toISOString().slice(0, 7);
  });
  const rows = await countMonthlyOutcomes(services.db, berlinDayStart(`${months[0]}-01`));
  const byKind = Object.fromEntries(
    OUTCOME_KINDS.map((kind) => [
      kind,
      Object.fromEntries(
        months.map((month) => [
          month,
          Object.fromEntries(
            CITIES.map((city) => {
              const count =
                rows.find((row) => row.kind === kind && row.month === month && row.city === city)?.count ?? 0;
              return [city, suppressSmall(count)];
            }),
          ),
        ]),
      ),
    ]),
  ) as PlatformOutcomes['byKind'];
  return { months, byKind };
}
