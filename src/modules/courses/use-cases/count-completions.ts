import { sql } from 'kysely';
import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/policy.js';
import type { AppServices } from '../../../core/http/types.js';
import { coursesPolicy } from '../policy.js';

/** How many of an organisation's current members hold a course certificate that was not revoked. */
export interface CompletionFigure {
  completed: number;
  members: number;
  /** Whole per cent, rounded down; 0 for an organisation without members. */
  percent: number;
}

/**
 * Counts only: no names. Members who completed the course while belonging to another organisation count
 * for the one they belong to now; a certificate names the organisation of the day it was issued.
 */
export async function countCompletions(services: AppServices, organisationId: string): Promise<CompletionFigure> {
  const row = await services.db
    .selectFrom('memberships as m')
    .select([
      sql<string>`count(*)`.as('members'),
      sql<string>`count(*) filter (where exists (
        select 1 from course_certificates c where c.user_id = m.user_id and c.revoked_at is null))`.as('completed'),
    ])
    .where('m.organisation_id', '=', organisationId)
    .executeTakeFirstOrThrow();
  const members = Number(row.members);
  const completed = Number(row.completed);
  return { completed, members, percent: members === 0 ? 0 : Math.floor((completed * 100) / members) };
}

/** The figure for an organisation's admin; anybody else is refused. */
export async function getCompletionFigure(options: {
  services: AppServices;
  actor: Actor;
  organisationId: string;
}): Promise<CompletionFigure> {
  authorize(options.actor, coursesPolicy, 'see_figures', { organisationId: options.organisationId });
  return countCompletions(options.services, options.organisationId);
}
