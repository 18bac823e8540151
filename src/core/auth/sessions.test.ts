import { describe, expect, it } from 'vitest';
import { createUser, DEMO_PASSWORD } from '../../seed/factories.js';
import { type TestClient, useTestPlatform } from '../../../tests/setup/test-platform.js';
import { signedInClient } from '../../../tests/setup/sign-in.js';
import { loadConfig } from '../config.js';
import { hashToken } from './tokens.js';
import { authenticate, resolveSession } from './sessions.js';
import { hours, minutes } from '../time/durations.js';

const test = useTestPlatform();

const sessionOf = (client: TestClient) => client.cookie('vr_session') ?? '';
const isSignedIn = async (client: TestClient) => (await client.get('/de/konto')).statusCode === 200;
/** Makes the session of this cookie look unused for the given time. */
const unusedFor = (token: string, ms: number) =>
  test.db
    .updateTable('sessions')
    .set({ last_seen_at: new Date(Date.now() - ms) })
    .where('id', '=', hashToken(token))
    .execute();

/** A request carrying only the given session cookie, as someone who copied it would send it. */
const withCookie = (token: string) =>
  test.app.inject({ method: 'GET', url: '/de/konto', headers: { cookie: `vr_session=${token}` } });

describe('sessions: idle timeout besides the absolute lifetime', () => {
  it('ends a session unused for longer than the idle timeout (two hours by default) and deletes it', async () => {
    await createUser(test.db, { email: 'idle@beispiel.example' });
    const client = await signedInClient(test, 'idle@beispiel.example');
    const token = sessionOf(client);
    const id = hashToken(token);
    await unusedFor(token, minutes(119));
    expect(await isSignedIn(client)).toBe(true);
    await unusedFor(token, minutes(121));
    expect(await isSignedIn(client)).toBe(false);
    expect(await test.db.selectFrom('sessions').select('id').where('id', '=', id).execute()).toHaveLength(0);
  });

  it('takes the idle timeout from SESSION_IDLE_MINUTES', async () => {
    expect(loadConfig({ NODE_ENV: 'test' }).sessionIdleMs).toBe(hours(2));
    expect(loadConfig({ NODE_ENV: 'test', SESSION_IDLE_MINUTES: '480' }).sessionIdleMs).toBe(hours(8));
    expect(() => loadConfig({ NODE_ENV: 'test', SESSION_IDLE_MINUTES: '0' })).toThrow(/SESSION_IDLE_MINUTES/);
    await createUser(test.db, { email: 'long-idle@beispiel.example' });
    const token = sessionOf(await signedInClient(test, 'long-idle@beispiel.example'));
    await unusedFor(token, hours(5));
    expect((await resolveSession(test.db, token, { idleMs: hours(8) })).kind).toBe('user');
    await unusedFor(token, hours(5));
    expect((await resolveSession(test.db, token, { idleMs: hours(4) })).kind).toBe('anonymous');
  });

  it('still ends a session at its absolute end, however active', async () => {
    await createUser(test.db, { email: 'absolute@beispiel.example' });
    const client = await signedInClient(test, 'absolute@beispiel.example');
    await test.db
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('id', '=', hashToken(sessionOf(client)))
      .execute();
    expect(await isSignedIn(client)).toBe(false);
  });
});

describe('sessions: a new id at sign-in, at a password change and when rights change', () => {
  it('ends the session a browser signed in from: signing in again issues a new id and the old one is void', async () => {
    await createUser(test.db, { email: 'again@beispiel.example' });
    const client = await signedInClient(test, 'again@beispiel.example');
    const before = sessionOf(client);
    const again = await client.postForm('/de/anmelden', { email: 'again@beispiel.example', password: DEMO_PASSWORD });
    expect(again.statusCode).toBe(303);
    const after = sessionOf(client);
    expect(after).not.toBe(before);
    expect((await withCookie(before)).statusCode).toBe(303);
    expect((await withCookie(after)).statusCode).toBe(200);
  });

  it('renews the id of the session that changed the password; the person stays signed in', async () => {
    await createUser(test.db, { email: 'renew@beispiel.example' });
    const client = await signedInClient(test, 'renew@beispiel.example');
    const before = sessionOf(client);
    const changed = await client.postForm('/de/konto/passwort', {
      current_password: DEMO_PASSWORD,
      password: 'ein neuer Satz als Passwort',
      password_confirmation: 'ein neuer Satz als Passwort',
    });
    expect(changed.statusCode).toBe(303);
    expect(sessionOf(client)).not.toBe(before);
    expect((await withCookie(before)).statusCode).toBe(303);
    expect(await isSignedIn(client)).toBe(true);
    // The next form works at once: the CSRF token was renewed with the session.
    const language = await client.postForm('/de/konto/sprache', { locale: 'en' });
    expect(language.statusCode).toBe(303);
  });

  it('renews the id when the person’s organisation is verified or their role changes', async () => {
    const user = await createUser(test.db, {
      email: 'rights@beispiel.example',
      organisationType: 'company',
      role: 'member',
    });
    const organisationId = user.organisation?.id ?? '';
    await test.db.updateTable('organisations').set({ verified_at: null }).where('id', '=', organisationId).execute();
    const client = await signedInClient(test, 'rights@beispiel.example');
    const pending = sessionOf(client);
    expect(await isSignedIn(client)).toBe(true);
    expect(sessionOf(client)).toBe(pending);

    await test.db
      .updateTable('organisations')
      .set({ verified_at: new Date() })
      .where('id', '=', organisationId)
      .execute();
    expect(await isSignedIn(client)).toBe(true);
    const verified = sessionOf(client);
    expect(verified).not.toBe(pending);
    expect((await withCookie(pending)).statusCode).toBe(303);

    await test.db.updateTable('memberships').set({ role: 'admin' }).where('user_id', '=', user.id).execute();
    const renewed = await authenticate(test.db, verified);
    expect(renewed.renewed).toBeDefined();
    expect(renewed.actor.kind === 'user' && renewed.actor.organisation?.role).toBe('admin');
    expect((await resolveSession(test.db, verified)).kind).toBe('anonymous');
  });
});
