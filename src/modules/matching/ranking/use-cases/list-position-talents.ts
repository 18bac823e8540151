import type { UserActor } from '../../../../core/auth/actor.js';
import { authorize } from '../../../../core/auth/policy.js';
import type { AppServices } from '../../../../core/http/types.js';
import { authorizePosition, loadPositionFor } from '../../positions/index.js';
import type { Position } from '../../tables.js';
import { appliedAtSql, invitationState, type InvitationState } from '../invitations.js';
import { talentsPolicy } from '../policy.js';

/**
 * What a company sees of the talents it acted on for one position: the profile's pseudonym and,
 * for an invitation, where it stands. No name, no contact, no application pseudonym: that the
 * talent applied is said, not which application is theirs.
 */
export interface InvitedTalent {
  profileId: string;
  pseudonym: string;
  invitedAt: Date;
  expiresAt: Date;
  state: InvitationState;
}

export interface SavedTalent {
  profileId: string;
  pseudonym: string;
  savedAt: Date;
}

export interface PositionTalents {
  position: Position;
  invited: InvitedTalent[];
  saved: SavedTalent[];
}

/**
 * The invitations and the shortlist of a published position of the actor's own company. Hidden profiles drop
 * out. The position is read by id, or given as the caller already read it in this request (authorised again,
 * without a second read), so the candidate page can ask these lists and the ranking at once.
 */
export async function listPositionTalents(
  options: {
    services: AppServices;
    actor: UserActor;
    now?: Date;
  } & ({ positionId: string } | { position: Position }),
): Promise<PositionTalents> {
  const { services, actor } = options;
  const now = options.now ?? new Date();
  const position =
    'position' in options
      ? authorizePosition(actor, 'view_candidates', options.position)
      : await loadPositionFor(services.db, actor, 'view_candidates', options.positionId);
  authorize(actor, talentsPolicy, 'see_talents', { organisationId: position.organisation_id });
  // The two lists are independent: asked at once, the page waits for the slower one, not for both.
  const invitationsQuery = services.db
    .selectFrom('talent_invitations as i')
    .innerJoin('applicant_profiles as p', 'p.id', 'i.profile_id')
    .select([
      'i.profile_id',
      'p.pseudonym',
      'i.status',
      'i.created_at',
      'i.expires_at',
      appliedAtSql().as('applied_at'),
    ])
    .where('i.position_id', '=', position.id)
    .where('p.is_active', '=', true)
    .orderBy('i.created_at', 'desc')
    .orderBy('i.id')
    .execute();
  const savedQuery = services.db
    .selectFrom('saved_talents as s')
    .innerJoin('applicant_profiles as p', 'p.id', 's.profile_id')
    .select(['s.profile_id', 'p.pseudonym', 's.created_at'])
    .where('s.position_id', '=', position.id)
    .where('p.is_active', '=', true)
    .orderBy('s.created_at', 'desc')
    .orderBy('s.profile_id')
    .execute();
  const [invitations, saved] = await Promise.all([invitationsQuery, savedQuery]);
  return {
    position,
    invited: invitations.map((row) => ({
      profileId: row.profile_id,
      pseudonym: row.pseudonym,
      invitedAt: row.created_at,
      expiresAt: row.expires_at,
      state: invitationState({ status: row.status, expiresAt: row.expires_at, appliedAt: row.applied_at }, now),
    })),
    saved: saved.map((row) => ({ profileId: row.profile_id, pseudonym: row.pseudonym, savedAt: row.created_at })),
  };
}
