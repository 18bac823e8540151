import type { Actor, UserActor } from '../../../../core/auth/actor.js';
import { AppError } from '../../../../core/errors.js';
import type { Position } from '../../tables.js';
import type { AppServices } from '../../../../core/http/types.js';
import { canCreatePositions } from '../policy.js';
import { loadPositionFor } from '../records.js';

export interface PositionWithCompany {
  position: Position;
  organisationName: string;
  /** The company's own website, if it gave one. */
  organisationWebsite: string | null;
}

/** A position page: public once published (until its deadline), otherwise only for its company. */
export async function getPosition(options: {
  services: AppServices;
  actor: Actor;
  positionId: string;
}): Promise<PositionWithCompany> {
  const position = await loadPositionFor(options.services.db, options.actor, 'view', options.positionId);
  const organisation = await options.services.db
    .selectFrom('organisations')
    .select(['name', 'website'])
    .where('id', '=', position.organisation_id)
    .executeTakeFirstOrThrow();
  return { position, organisationName: organisation.name, organisationWebsite: organisation.website };
}

/** Every position of the actor's own company, drafts and closed ones included. */
export async function listOwnPositions(options: { services: AppServices; actor: UserActor }): Promise<Position[]> {
  const { actor } = options;
  if (!actor.organisation || !canCreatePositions(actor)) throw new AppError('forbidden');
  return options.services.db
    .selectFrom('positions')
    .selectAll()
    .where('organisation_id', '=', actor.organisation.id)
    .orderBy('created_at', 'desc')
    .execute();
}
