import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { Actor, UserActor } from './actor.js';
import { generateToken, hashToken } from './tokens.js';
import { days } from '../time/durations.js';

export const SESSION_COOKIE = 'vr_session';
export const SESSION_DAYS = 30;
const TOUCH_AFTER_MS = 5 * 60 * 1000;

export async function createSession(db: Kysely<Database>, userId: string): Promise<{ token: string; expiresAt: Date }> {
  const token = generateToken();
  const expiresAt = new Date(Date.now() + days(SESSION_DAYS));
  await db
    .insertInto('sessions')
    .values({ id: hashToken(token), user_id: userId, expires_at: expiresAt })
    .execute();
  return { token, expiresAt };
}

export async function destroySession(db: Kysely<Database>, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

/** Resolves a session cookie to the acting user with their organisation and role. */
export async function resolveSession(db: Kysely<Database>, token: string | undefined): Promise<Actor> {
  if (!token || token.length > 100) return { kind: 'anonymous' };
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
  if (!row || row.expires_at.getTime() < Date.now()) return { kind: 'anonymous' };
  if (Date.now() - row.last_seen_at.getTime() > TOUCH_AFTER_MS) {
    await db.updateTable('sessions').set({ last_seen_at: new Date() }).where('id', '=', id).execute();
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
    sessionId: row.session_id,
    email: row.email,
    displayName: row.display_name,
    locale: row.locale,
    isEmailVerified: row.email_verified_at !== null,
    organisation,
    isPlatformAdmin:
      organisation?.type === 'cooperation_office' && organisation.role === 'admin' && organisation.isVerified,
  };
  return actor;
}
