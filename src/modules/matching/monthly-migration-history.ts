import { sql, type Kysely } from 'kysely';
import type { Database } from '../../core/db/database.js';
import type { City } from '../../region/index.js';

export const DECLARED_OUTCOME_KINDS = ['invitations', 'contracts'] as const;
export type DeclaredOutcomeKind = (typeof DECLARED_OUTCOME_KINDS)[number];

/**
 * Of the invitations (or contracts) in one city and month: how many went to applicants who answered
 * the voluntary question about a migration history at all, and how many of those said yes.
 */
export interface MonthlyDeclarations {
  kind: DeclaredOutcomeKind;
  city: City;
  month: string;
  declared: number;
  withHistory: number;
}

/**
 * For monitoring's question whether the platform reaches people with a migration history: per city
 * (of the position) and month since `from`, invitations to interview and contracts with the
 * applicant's self-declaration, counted only. Applicants who did not answer are left out of both
 * counts. The answer never leaves matching other than as these counts, and monitoring hides small
 * cells; it plays no part in any ranking or filter.
 */
export async function countMonthlyDeclarations(db: Kysely<Database>, from: Date): Promise<MonthlyDeclarations[]> {
  const month = (column: string) => sql<string>`to_char(${sql.ref(column)} at time zone 'Europe/Berlin', 'YYYY-MM')`;
  const declared = sql<number>`count(*)`;
  const withHistory = sql<number>`count(*) filter (where i.self_declared_migration_history)`;
  const invitations = await db
    .selectFrom('applications as a')
    .innerJoin('positions as p', 'p.id', 'a.position_id')
    .innerJoin('applicant_identities as i', 'i.profile_id', 'a.profile_id')
    .select([
      sql<string>`'invitations'`.as('kind'),
      'p.city',
      month('a.invited_at').as('month'),
      declared.as('declared'),
      withHistory.as('with_history'),
    ])
    .where('a.invited_at', '>=', from)
    .where('i.self_declared_migration_history', 'is not', null)
    .groupBy(['p.city', 'month'])
    .execute();
  const contracts = await db
    .selectFrom('application_status_changes as c')
    .innerJoin('applications as a', 'a.id', 'c.application_id')
    .innerJoin('positions as p', 'p.id', 'a.position_id')
    .innerJoin('applicant_identities as i', 'i.profile_id', 'a.profile_id')
    .select([
      sql<string>`'contracts'`.as('kind'),
      'p.city',
      month('c.at').as('month'),
      declared.as('declared'),
      withHistory.as('with_history'),
    ])
    .where('c.to_status', '=', 'contract')
    .where('c.at', '>=', from)
    .where('i.self_declared_migration_history', 'is not', null)
    .groupBy(['p.city', 'month'])
    .execute();
  return [...invitations, ...contracts].map((row) => ({
    kind: row.kind as DeclaredOutcomeKind,
    city: row.city,
    month: row.month,
    declared: Number(row.declared),
    withHistory: Number(row.with_history),
  }));
}
