import type { Actor, UserActor } from './actor.js';
import { AppError } from '../errors.js';

/** Throws unless someone is signed in; pages turn this into a redirect to the login form. */
export function requireUser(actor: Actor): UserActor {
  if (actor.kind !== 'user') throw new AppError('unauthenticated');
  return actor;
}
