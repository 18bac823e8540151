import type { Kysely } from 'kysely';
import type { UserActor } from '../../../../core/auth/actor.js';
import { authorize } from '../../../../core/auth/policy.js';
import type { Database } from '../../../../core/db/database.js';
import { AppError } from '../../../../core/errors.js';
import { berlinDay, dateColumnDay } from '../../../../core/time/calendar-day.js';
import { loadPositionFor } from '../../positions/index.js';
import type { Position } from '../../tables.js';
import { talentsPolicy } from '../policy.js';

/**
 * The position and the talent a company member acts on, checked: the actor is a member of the
 * verified company that owns the published position (else 403/404), and the profile exists and
 * is findable (a hidden profile answers 404 — the company learns nothing about it).
 */
export async function loadTalentTarget(
  db: Kysely<Database>,
  options: { actor: UserActor; positionId: string; profileId: string; action: 'invite_talent' | 'save_talent' },
): Promise<{ position: Position; profile: { id: string; pseudonym: string } }> {
  const position = await loadPositionFor(db, options.actor, 'view_candidates', options.positionId);
  authorize(options.actor, talentsPolicy, options.action, { organisationId: position.organisation_id });
  const profile = await db
    .selectFrom('applicant_profiles')
    .select(['id', 'pseudonym'])
    .where('id', '=', options.profileId)
    .where('is_active', '=', true)
    .executeTakeFirst();
  if (!profile) throw new AppError('not_found', { messageKey: 'matching_talents.errors.talent_not_found' });
  return { position, profile };
}

/** Applications are taken until the end of the deadline day (German time). */
export function isTakingApplications(position: Pick<Position, 'status' | 'deadline'>, now: Date): boolean {
  return position.status === 'published' && dateColumnDay(position.deadline) >= berlinDay(now);
}
