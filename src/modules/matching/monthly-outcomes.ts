import { sql, type Kysely } from 'kysely';
import type { Database } from '../../core/db/database.js';
import type { City } from '../../region/index.js';

export const OUTCOME_KINDS = ['positions', 'applications', 'invitations', 'contracts', 'mentorships'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

/** How many of one kind happened in one city in one month ("2026-03"). Counts only, never who. */
export interface MonthlyOutcome {
  kind: OutcomeKind;
  city: City;
  month: string;
  count: number;
}

/**
 * The platform's own outcomes per city and month since `from`, for monitoring: positions published
 * (by the position's city), applications received, invitations to interview and contracts (by the
 * city of the position), mentorships started (by the city of the request). Counts leave here
 * unsuppressed; the reader (monitoring) hides small cells before showing them.
 */
export async function countMonthlyOutcomes(db: Kysely<Database>, from: Date): Promise<MonthlyOutcome[]> {
  const month = (column: string) => sql<string>`to_char(${sql.ref(column)} at time zone 'Europe/Berlin', 'YYYY-MM')`;
  const positions = await db
    .selectFrom('positions')
    .select([
      sql<string>`'positions'`.as('kind'),
      'city',
      month('positions.created_at').as('month'),
      (eb) => eb.fn.countAll<number>().as('count'),
    ])
    .where('status', '!=', 'draft')
    .where('created_at', '>=', from)
    .groupBy(['city', 'month'])
    .execute();
  const applications = await db
    .selectFrom('applications')
    .innerJoin('positions', 'positions.id', 'applications.position_id')
    .select([
      sql<string>`'applications'`.as('kind'),
      'positions.city',
      month('applications.created_at').as('month'),
      (eb) => eb.fn.countAll<number>().as('count'),
    ])
    .where('applications.created_at', '>=', from)
    .groupBy(['positions.city', 'month'])
    .execute();
  const invitations = await db
    .selectFrom('applications')
    .innerJoin('positions', 'positions.id', 'applications.position_id')
    .select([
      sql<string>`'invitations'`.as('kind'),
      'positions.city',
      month('applications.invited_at').as('month'),
      (eb) => eb.fn.countAll<number>().as('count'),
    ])
    .where('applications.invited_at', '>=', from)
    .groupBy(['positions.city', 'month'])
    .execute();
  const contracts = await db
    .selectFrom('application_status_changes as c')
    .innerJoin('applications', 'applications.id', 'c.application_id')
    .innerJoin('positions', 'positions.id', 'applications.position_id')
    .select([
      sql<string>`'contracts'`.as('kind'),
      'positions.city',
      month('c.at').as('month'),
      (eb) => eb.fn.countAll<number>().as('count'),
    ])
    .where('c.to_status', '=', 'contract')
    .where('c.at', '>=', from)
    .groupBy(['positions.city', 'month'])
    .execute();
  const mentorships = await db
    .selectFrom('mentorships')
    .innerJoin('mentorship_requests', 'mentorship_requests.id', 'mentorships.request_id')
    .select([
      sql<string>`'mentorships'`.as('kind'),
      'mentorship_requests.city',
      month('mentorships.started_at').as('month'),
      (eb) => eb.fn.countAll<number>().as('count'),
    ])
    .where('mentorships.started_at', '>=', from)
    .where('mentorship_requests.city', 'is not', null)
    .groupBy(['mentorship_requests.city', 'month'])
    .execute();
  return [...positions, ...applications, ...invitations, ...contracts, ...mentorships].map((row) => ({
    kind: row.kind as OutcomeKind,
    city: row.city as City,
    month: row.month,
    count: Number(row.count),
  }));
}
