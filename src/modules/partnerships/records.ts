import { sql, type Kysely } from 'kysely';
import type { Actor, UserActor } from '../../core/auth/actor.js';
import { recordAudit } from '../../core/audit/record-audit.js';
import { AppError } from '../../core/errors.js';
import type { Database } from '../../core/db/database.js';
import type { City } from '../../region/index.js';
import { dateColumnDay, type CalendarDay } from '../../core/time/calendar-day.js';
import type { PartnershipsSubject } from './policy.js';
import type { ActivityKind, ListingSide, Partnership, PartnershipListing } from './tables.js';

/** A listing with the name of the organisation that published it. */
export type ListingRecord = PartnershipListing & { organisation_name: string };

export async function findListing(db: Kysely<Database>, id: string): Promise<ListingRecord | undefined> {
  return db
    .selectFrom('partnership_listings as l')
    .innerJoin('organisations as o', 'o.id', 'l.organisation_id')
    .selectAll('l')
    .select('o.name as organisation_name')
    .where('l.id', '=', id)
    .executeTakeFirst();
}

/** A partnership with both organisations' names and cities. */
export type PartnershipRecord = Partnership & {
  school_name: string;
  school_city: City | null;
  company_name: string;
  company_city: City | null;
};

export async function findPartnership(db: Kysely<Database>, id: string): Promise<PartnershipRecord | undefined> {
  return db
    .selectFrom('partnerships as p')
    .innerJoin('organisations as s', 's.id', 'p.school_id')
    .innerJoin('organisations as c', 'c.id', 'p.company_id')
    .selectAll('p')
    .select(['s.name as school_name', 's.city as school_city', 'c.name as company_name', 'c.city as company_city'])
    .where('p.id', '=', id)
    .executeTakeFirst();
}

export function partnershipSubject(partnership: Partnership): PartnershipsSubject {
  return { schoolId: partnership.school_id, companyId: partnership.company_id, proposedBy: partnership.proposed_by };
}

/** The side of the partnership the actor's organisation is on, or null for everybody else. */
export function ownSideIn(
  actor: Actor,
  partnership: Pick<Partnership, 'school_id' | 'company_id'>,
): ListingSide | null {
  if (actor.kind !== 'user' || !actor.organisation) return null;
  if (actor.organisation.id === partnership.school_id) return 'school';
  if (actor.organisation.id === partnership.company_id) return 'company';
  return null;
}

export const otherSide = (side: ListingSide): ListingSide => (side === 'school' ? 'company' : 'school');

/** The same day one year later (29 February becomes 28 February). */
export function oneYearAfter(day: CalendarDay): CalendarDay {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(year + 1, month, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year + 1}-${pad(month)}-${pad(Math.min(date, last))}`;
}

export interface ActivityRecord {
  id: string;
  kind: ActivityKind;
  plannedOn: CalendarDay;
}

export async function listActivities(db: Kysely<Database>, partnershipId: string): Promise<ActivityRecord[]> {
  const rows = await db
    .selectFrom('partnership_activities')
    .select(['id', 'kind', 'planned_on'])
    .where('partnership_id', '=', partnershipId)
    .orderBy('position')
    .execute();
  return rows.map((row) => ({ id: row.id, kind: row.kind, plannedOn: dateColumnDay(row.planned_on) }));
}

/** Whether a side has recorded its review for the round that is due now. */
export async function hasReviewedRound(
  db: Kysely<Database>,
  partnershipId: string,
  side: ListingSide,
  roundDueOn: CalendarDay,
): Promise<boolean> {
  const row = await db
    .selectFrom('partnership_reviews')
    .select('id')
    .where('partnership_id', '=', partnershipId)
    .where('side', '=', side)
    .where('round_due_on', '=', sql<Date>`${roundDueOn}::date`)
    .executeTakeFirst();
  return row !== undefined;
}

/** Writes one step of a partnership to the audit trail: who, for which organisation, from where. */
export async function auditPartnership(
  db: Kysely<Database>,
  actor: UserActor,
  action: string,
  partnershipId: string,
  extra: { ip?: string | undefined; details?: Record<string, unknown> } = {},
): Promise<void> {
  await recordAudit(db, {
    actorUserId: actor.userId,
    action: `partnership.${action}`,
    subjectType: 'partnership',
    subjectId: partnershipId,
    organisationId: actor.organisation?.id ?? null,
    ip: extra.ip ?? null,
    ...(extra.details ? { details: extra.details } : {}),
  });
}

/** A guarded update that changed nothing lost a race (answered, ended meanwhile): a conflict with its message. */
export function expectChanged(result: { numUpdatedRows: bigint }, messageKey: string): void {
  if (Number(result.numUpdatedRows) === 0) throw new AppError('conflict', { messageKey });
}
