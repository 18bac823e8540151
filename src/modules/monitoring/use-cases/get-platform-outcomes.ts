import type { UserActor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/policy.js';
import type { AppServices } from '../../../core/http/types.js';
import { berlinDay, berlinDayStart } from '../../../core/time/calendar-day.js';
import { CITIES, type City } from '../../../region/index.js';
import { countMonthlyCertificates } from '../../checklists/index.js';
import {
  countMonthlyDeclarations,
  countMonthlyOutcomes,
  DECLARED_OUTCOME_KINDS,
  OUTCOME_KINDS,
  type DeclaredOutcomeKind,
  type OutcomeKind,
} from '../../matching/index.js';
import { monitoringPolicy } from '../policy.js';

/** Counts from 1 to this minus one are not shown: a small cell could point at a person. */
export const SMALL_CELL_LIMIT = 5;

/** A count as shown: the number, or suppressed when it is small (zero is no person and stays). */
export type ShownCount = { kind: 'count'; value: number } | { kind: 'suppressed' };

export function suppressSmall(count: number): ShownCount {
  return count > 0 && count < SMALL_CELL_LIMIT ? { kind: 'suppressed' } : { kind: 'count', value: count };
}

/**
 * A share as shown: the percentage, suppressed when either part (with or without a migration history)
 * counts 1 to 4 people or is zero beside others (a share of 0 % or 100 % says something about each
 * person in it), or none when nobody answered.
 */
export type ShownShare = { kind: 'share'; value: number } | { kind: 'suppressed' } | { kind: 'none' };

export function shareOf(declared: number, withHistory: number): ShownShare {
  if (declared === 0) return { kind: 'none' };
  const without = declared - withHistory;
  if (withHistory < SMALL_CELL_LIMIT || without < SMALL_CELL_LIMIT) return { kind: 'suppressed' };
  return { kind: 'share', value: (100 * withHistory) / declared };
}

/** The counted outcomes: matching's five and checklists' certificates. */
export const COUNTED_OUTCOMES = [...OUTCOME_KINDS, 'certificates'] as const;
export type CountedOutcome = OutcomeKind | 'certificates';

export interface PlatformOutcomes {
  months: string[];
  byKind: Record<CountedOutcome, Record<string, Record<City, ShownCount>>>;
  /** Among invitations and contracts: the share of applicants who declared a migration history. */
  shares: Record<DeclaredOutcomeKind, Record<string, Record<City, ShownShare>>>;
}

/** A table of months × cities, each cell computed from the month and the city. */
function monthsByCity<T>(months: readonly string[], cell: (month: string, city: City) => T) {
  return Object.fromEntries(
    months.map((month) => [month, Object.fromEntries(CITIES.map((city) => [city, cell(month, city)]))]),
  ) as Record<string, Record<City, T>>;
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
  const from = berlinDayStart(`${months[0]}-01`);
  const rows = [
    ...(await countMonthlyOutcomes(services.db, from)),
    ...(await countMonthlyCertificates(services.db, from)).map((row) => ({ ...row, kind: 'certificates' as const })),
  ];
  const declarations = await countMonthlyDeclarations(services.db, from);
  const byKind = Object.fromEntries(
    COUNTED_OUTCOMES.map((kind) => [
      kind,
      monthsByCity(months, (month, city) =>
        suppressSmall(rows.find((row) => row.kind === kind && row.month === month && row.city === city)?.count ?? 0),
      ),
    ]),
  ) as PlatformOutcomes['byKind'];
  const shares = Object.fromEntries(
    DECLARED_OUTCOME_KINDS.map((kind) => [
      kind,
      monthsByCity(months, (month, city) => {
        const row = declarations.find((item) => item.kind === kind && item.month === month && item.city === city);
        return shareOf(row?.declared ?? 0, row?.withHistory ?? 0);
      }),
    ]),
  ) as PlatformOutcomes['shares'];
  return { months, byKind, shares };
}
