import { describe, expect, it } from 'vitest';
import { createUser } from '../../seed/factories.js';
import { useTestPlatform } from '../../../tests/setup/test-platform.js';
import { purgeExpiredPersonalData } from './retention.js';
import { days, hours } from '../time/durations.js';

const test = useTestPlatform();
const DAY = days(1);

describe('retention limits', () => {
  it('removes unconfirmed registrations after 30 days, expired and idle sessions and old outbox mail, and keeps the rest', async () => {
    const now = new Date();
    const stale = await createUser(test.db, {
      email: 'stale@beispiel.example',
      email_verified_at: null,
      created_at: new Date(now.getTime() - 31 * DAY),
    });
    const recent = await createUser(test.db, {
      email: 'recent@beispiel.example',
      email_verified_at: null,
      created_at: new Date(now.getTime() - 2 * DAY),
    });
    const confirmed = await createUser(test.db, {
      email: 'old@beispiel.example',
      created_at: new Date(now.getTime() - 400 * DAY),
    });
    await test.db
      .insertInto('sessions')
      .values([
        { id: 'expired', user_id: confirmed.id, expires_at: new Date(now.getTime() - DAY) },
        { id: 'valid', user_id: confirmed.id, expires_at: new Date(now.getTime() + DAY) },
        // Unused for three hours: past the default idle timeout of two hours (SESSION_IDLE_MINUTES).
        {
          id: 'idle',
          user_id: confirmed.id,
          expires_at: new Date(now.getTime() + DAY),
          last_seen_at: new Date(now.getTime() - hours(3)),
        },
      ])
      .execute();
    await test.db
      .insertInto('dev_outbox')
      .values({
        to_address: 'x@beispiel.example',
        subject: 's',
        text_body: 't',
        at: new Date(now.getTime() - 15 * DAY),
      })
      .execute();
    await test.db
      .insertInto('audit_log')
      .values({
        actor_user_id: confirmed.id,
        action: 'account.login',
        subject_type: 'user',
        ip: '192.0.2.1',
        at: new Date(now.getTime() - 100 * DAY),
      })
      .execute();

    const removed = await purgeExpiredPersonalData(test.db, now);
    expect(removed.mail).toBe(1);
    const users = await test.db.selectFrom('users').select('id').execute();
    expect(users.map((u) => u.id).sort()).toEqual([recent.id, confirmed.id].sort());
    expect(users.some((u) => u.id === stale.id)).toBe(false);
    expect((await test.db.selectFrom('sessions').select('id').execute()).map((s) => s.id)).toEqual(['valid']);
    const audit = await test.db
      .selectFrom('audit_log')
      .select('ip')
      .where('action', '=', 'account.login')
      .executeTakeFirstOrThrow();
    expect(audit.ip).toBeNull();
  });

  it('ends idle sessions by the configured idle timeout, not only when they are next seen', async () => {
    const now = new Date();
    const user = await createUser(test.db, { email: 'idle@beispiel.example' });
    await test.db
      .insertInto('sessions')
      .values([
        {
          id: 'three-hours',
          user_id: user.id,
          expires_at: new Date(now.getTime() + DAY),
          last_seen_at: new Date(now.getTime() - hours(3)),
        },
        {
          id: 'five-hours',
          user_id: user.id,
          expires_at: new Date(now.getTime() + DAY),
          last_seen_at: new Date(now.getTime() - hours(5)),
        },
      ])
      .execute();
    await purgeExpiredPersonalData(test.db, now, { sessionIdleMs: hours(4) });
    expect((await test.db.selectFrom('sessions').select('id').execute()).map((s) => s.id)).toEqual(['three-hours']);
  });
});
