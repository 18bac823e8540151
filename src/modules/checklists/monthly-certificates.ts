import { sql, type Kysely } from 'kysely';
import type { Database } from '../../core/db/database.js';
import type { City } from '../../region/index.js';

/** How many certificates were issued to organisations of one city in one month ("2026-03"). */
export interface MonthlyCertificates {
  city: City;
  month: string;
  count: number;
}

/**
 * Certificates issued since `from` per city (of the certified organisation) and month in German
 * time, for monitoring's platform outcomes. Revoked certificates count in the month they were
 * issued (the issue happened); organisations without a city are left out. Counts leave here
 * unsuppressed; monitoring hides small cells before showing them.
 */
export async function countMonthlyCertificates(db: Kysely<Database>, from: Date): Promise<MonthlyCertificates[]> {
  const rows = await db
    .selectFrom('checklist_certificates as c')
    .innerJoin('organisations as o', 'o.id', 'c.organisation_id')
    .select([
      'o.city',
      sql<string>`to_char(c.issued_at at time zone 'Europe/Berlin', 'YYYY-MM')`.as('month'),
      (eb) => eb.fn.countAll<number>().as('count'),
    ])
    .where('c.issued_at', '>=', from)
    .where('o.city', 'is not', null)
    .groupBy(['o.city', 'month'])
    .execute();
  return rows.map((row) => ({ city: row.city as City, month: row.month, count: Number(row.count) }));
}
