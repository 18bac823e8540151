import { sql } from 'kysely';
import type { Actor, UserActor } from '../../../../core/auth/actor.js';
import { AppError } from '../../../../core/errors.js';
import type { Position } from '../../tables.js';
import type { AppServices } from '../../../../core/http/types.js';
import { canCreatePositions } from '../policy.js';
import { loadPositionFor, todayString } from '../records.js';
import type { PositionSearch } from '../schemas.js';

export interface PositionWithCompany {
  position: Position;
  organisationName: string;
}

export const SEARCH_PAGE_SIZE = 20;

/** A position page: public once published (until its deadline), otherwise only for its company. */
export async function getPosition(options: {
  services: AppServices;
  actor: Actor;
  positionId: string;
}): Promise<PositionWithCompany> {
  const position = await loadPositionFor(options.services.db, options.actor, 'view', options.positionId);
  const organisation = await options.services.db
    .selectFrom('organisations')
    .select('name')
    .where('id', '=', position.organisation_id)
    .executeTakeFirstOrThrow();
  return { position, organisationName: organisation.name };
}

/** The public search: published positions whose deadline has not passed, newest first. */
export async function searchPositions(options: {
  services: AppServices;
  filters: PositionSearch;
}): Promise<{ items: PositionWithCompany[]; total: number }> {
  const { db } = options.services;
  const f = options.filters;
  let query = db
    .selectFrom('positions')
    .innerJoin('organisations', 'organisations.id', 'positions.organisation_id')
    .where('positions.status', '=', 'published')
    .where('positions.deadline', '>=', todayString() as unknown as Date);
  if (f.kind) query = query.where('positions.kind', '=', f.kind);
  if (f.occupation) query = query.where('positions.occupation_id', '=', f.occupation);
  if (f.city) query = query.where('positions.city', '=', f.city);
  if (f.certificate) query = query.where('positions.required_certificate', '=', f.certificate);
  if (f.language)
    query = query.where(sql<boolean>`positions.languages @> ${JSON.stringify([{ code: f.language }])}::jsonb`);
  const count = await query.select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await query
    .selectAll('positions')
    .select('organisations.name as organisation_name')
    .orderBy('positions.published_at', 'desc')
    .orderBy('positions.id')
    .limit(SEARCH_PAGE_SIZE)
    .offset((f.page - 1) * SEARCH_PAGE_SIZE)
    .execute();
  return {
    total: Number(count.n),
    items: rows.map(({ organisation_name, ...position }) => ({ position, organisationName: organisation_name })),
  };
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
