import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { Actor, UserActor } from './actor.js';
import { generateToken, hashToken } from './tokens.js';
import { days, minutes } from '../time/durations.js';

export const SESSION_COOKIE = 'vr_session';
/** The absolute lifetime: a session ends this long after sign-in, however active. */
export const SESSION_DAYS = 30;
/** The idle timeout unless configured (SESSION_IDLE_MINUTES): a session unused this long ends. */
export const DEFAULT_SESSION_IDLE_MS = minutes(120);
const TOUCH_AFTER_MS = minutes(5);

export interface IssuedSession {
  token: string;
  /** The stored id (the token's hash): what a CSRF token is bound to (core/http/csrf.ts). */
  id: string;
  expiresAt: Date;
}

/** Organisation, role and verification as one string: a change of any of them renews the session. */
function privilegesOf(row: { org_id: string | null; role: string | null; org_verified_at: Date | null }): string {
  return row.org_id && row.role ? `${row.org_id}:${row.role}:${row.org_verified_at ? 'verified' : 'pending'}` : 'none';
}

async function currentPrivileges(db: Kysely<Database>, userId: string): Promise<string> {
  const row = await db
    .selectFrom('memberships as m')
    .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
    .select(['o.id as org_id', 'm.role', 'o.verified_at as org_verified_at'])
    .where('m.user_id', '=', userId)
    .executeTakeFirst();
  return privilegesOf(row ?? { org_id: null, role: null, org_verified_at: null });
}

export async function createSession(
  db: Kysely<Database>,
  userId: string,
  options: { expiresAt?: Date; privileges?: string } = {},
): Promise<IssuedSession> {
  const token = generateToken();
  const id = hashToken(token);
  const expiresAt = options.expiresAt ?? new Date(Date.now() + days(SESSION_DAYS));
  const privileges = options.privileges ?? (await currentPrivileges(db, userId));
  await db.insertInto('sessions').values({ id, user_id: userId, expires_at: expiresAt, privileges }).execute();
  return { token, id, expiresAt };
}

/**
 * Deletes every session past its absolute end or unused for longer than `idleMs`: the retention job's part, so
 * an idle session does not wait in the table until its cookie comes back (which may be never).
 */
export async function deleteEndedSessions(
  db: Kysely<Database>,
  now: Date,
  idleMs: number = DEFAULT_SESSION_IDLE_MS,
): Promise<number> {
  const result = await db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expires_at', '<', now), eb('last_seen_at', '<', new Date(now.getTime() - idleMs))]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function destroySession(db: Kysely<Database>, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

/**
 * Ends the session and issues a new one for the same person with the same absolute end: after a change of
 * password or rights, an id learnt before the change is worth nothing.
 */
export async function renewSession(
  db: Kysely<Database>,
  session: { id: string; userId: string; expiresAt: Date; privileges?: string },
): Promise<IssuedSession> {
  return db.transaction().execute(async (trx) => {
    await trx.deleteFrom('sessions').where('id', '=', session.id).execute();
    return createSession(trx, session.userId, {
      expiresAt: session.expiresAt,
      ...(session.privileges === undefined ? {} : { privileges: session.privileges }),
    });
  });
}

export interface Authentication {
  actor: Actor;
  /** Set when the session was renewed under a new id during this request: the cookie must follow. */
  renewed?: IssuedSession;
}

/**
 * Resolves a session cookie to the acting user with their organisation and role. A session past its
 * absolute end or unused for longer than `idleMs` is ended; one whose rights changed since it was
 * issued is renewed under a new id.
 */
export async function authenticate(
  db: Kysely<Database>,
  token: string | undefined,
  options: { idleMs?: number } = {},
): Promise<Authentication> {
  const anonymous: Authentication = { actor: { kind: 'anonymous' } };
  if (!token || token.length > 100) return anonymous;
  const idleMs = options.idleMs ?? DEFAULT_SESSION_IDLE_MS;
  const id = hashToken(token);
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .leftJoin('memberships as m', 'm.user_id', 'u.id')
    .leftJoin('organisations as o', 'o.id', 'm.organisation_id')
    .select([
      's.id as session_id',
      's.last_seen_at',
      's.expires_at',
      's.privileges',
      'u.id as user_id',
      'u.email',
      'u.display_name',
      'u.locale',
      'u.email_verified_at',
      'm.role',
      'o.id as org_id',
      'o.name as org_name',
      'o.type as org_type',
      'o.city as org_city',
      'o.verified_at as org_verified_at',
    ])
    .where('s.id', '=', id)
    .executeTakeFirst();
  if (!row) return anonymous;
  const now = Date.now();
  if (row.expires_at.getTime() < now || now - row.last_seen_at.getTime() > idleMs) {
    await destroySession(db, id);
    return anonymous;
  }
  const privileges = privilegesOf(row);
  let renewed: IssuedSession | undefined;
  if (row.privileges !== null && row.privileges !== privileges) {
    renewed = await renewSession(db, { id, userId: row.user_id, expiresAt: row.expires_at, privileges });
  } else if (row.privileges === null || now - row.last_seen_at.getTime() > Math.min(TOUCH_AFTER_MS, idleMs / 4)) {
    await db
      .updateTable('sessions')
      .set({ last_seen_at: new Date(now), privileges })
      .where('id', '=', id)
      .execute();
  }
  const organisation =
    row.org_id && row.org_name && row.org_type && row.role
      ? {
          id: row.org_id,
          name: row.org_name,
          type: row.org_type,
          city: row.org_city ?? null,
          role: row.role,
          isVerified: row.org_verified_at !== null,
        }
      : null;
  const actor: UserActor = {
    kind: 'user',
    userId: row.user_id,
    sessionId: renewed?.id ?? row.session_id,
    email: row.email,
    displayName: row.display_name,
    locale: row.locale,
    isEmailVerified: row.email_verified_at !== null,
    organisation,
    isPlatformAdmin:
      organisation?.type === 'cooperation_office' && organisation.role === 'admin' && organisation.isVerified,
  };
  return renewed ? { actor, renewed } : { actor };
}

/** The acting person of a session cookie (see `authenticate`). */
export async function resolveSession(
  db: Kysely<Database>,
  token: string | undefined,
  options: { idleMs?: number } = {},
): Promise<Actor> {
  return (await authenticate(db, token, options)).actor;
}
