import type { Kysely } from 'kysely';
import { authorize } from '../../../core/auth/policy.js';
import { AppError } from '../../../core/errors.js';
import type { Actor } from '../../../core/auth/actor.js';
import type { Database } from '../../../core/db/database.js';
import type { Position } from '../tables.js';
import { findCityByPostcode } from '../../../region/index.js';
import { berlinDay, dateColumnDay } from '../../../core/time/calendar-day.js';
import { type PositionAction, type PositionRef, positionsPolicy } from './policy.js';
import type { PositionInput } from './schemas.js';

/** Today in German time: a deadline holds until midnight in the Ruhr, whatever zone the server runs in. */
export function todayString(now = new Date()): string {
  return berlinDay(now);
}

export function isExpired(position: Pick<Position, 'deadline'>, now = new Date()): boolean {
  return dateColumnDay(position.deadline) < todayString(now);
}

export function positionRef(position: Position, now = new Date()): PositionRef {
  return { organisationId: position.organisation_id, status: position.status, isExpired: isExpired(position, now) };
}

/** Columns written from the form; the city follows from the postcode, so both always agree. */
export function positionColumns(input: PositionInput) {
  const city = findCityByPostcode(input.postcode);
  if (!city)
    throw new AppError('invalid_input', { fields: { postcode: { key: 'matching_core.validation.postcode_region' } } });
  return {
    kind: input.kind,
    occupation_id: input.occupationId,
    title: input.title,
    description: input.description,
    city: city.code,
    postcode: input.postcode,
    address: input.address,
    starts_on: input.startsOn,
    places: input.places,
    required_certificate: input.requiredCertificate,
    languages: JSON.stringify(input.languages),
    benefits: input.benefits,
    deadline: input.deadline,
    training_pay: input.trainingPay,
    weekly_hours: input.weeklyHours,
    school_name: input.schoolName,
    school_place: input.schoolPlace,
    offer_text: input.offerText,
    contact_name: input.contact.name,
    contact_role: input.contact.role,
    contact_phone: input.contact.phone,
    contact_email: input.contact.email,
  };
}

/**
 * Loads a position for an action. One the actor may not even see does not exist for them (404,
 * so ids reveal nothing); one they see but may not act on answers 403.
 */
export async function loadPositionFor(
  db: Kysely<Database>,
  actor: Actor,
  action: PositionAction,
  id: string,
): Promise<Position> {
  const position = await db.selectFrom('positions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!position) throw new AppError('not_found');
  return authorizePosition(actor, action, position);
}

/** The checks of loadPositionFor on a position the caller already read in this request (no second read). */
export function authorizePosition(actor: Actor, action: PositionAction, position: Position): Position {
  const ref = positionRef(position);
  authorize(actor, positionsPolicy, 'view', ref, { code: 'not_found' });
  authorize(actor, positionsPolicy, action, ref);
  return position;
}
