import { sql } from 'kysely';
import { describe, expect, it, vi } from 'vitest';
import { useTestPlatform, waitForMail } from '../../../../../tests/setup/test-platform.js';
import { createUser } from '../../../../seed/factories.js';
import { mailsTo } from '../../mentoring/test-helpers.js';
import { daysFrom, insertProfile, twoPostcodes } from '../test-data.js';
import { remindInactiveProfiles } from './profile-inactivity.js';

const test = useTestPlatform();

describe('remindInactiveProfiles', () => {
  it('goes on past a profile that cannot be reminded, rolls it back, logs its id only and fails the run naming the count; the retry reminds only that one', async () => {
    const { near } = await twoPostcodes(test.db);
    const now = new Date();
    const people = [
      { email: 'erste@mail.example', display_name: 'Erika Erste' },
      { email: 'kaputt@mail.example', display_name: 'Karla Kaputt' },
      { email: 'dritte@mail.example', display_name: 'Dora Dritte' },
    ];
    const profiles: string[] = [];
    for (const [index, person] of people.entries()) {
      const user = await createUser(test.db, person);
      profiles.push(
        await insertProfile(test.db, {
          userId: user.id,
          pseudonym: `Talent-500${index}`,
          postcode: near,
          interests: ['koch'],
          travelKm: 10,
          createdAt: daysFrom(now, -213),
        }),
      );
    }
    // The run reminds in the order of the ids: refuse the middle one, so one is reminded before it and one after.
    const refused = [...profiles].sort()[1] ?? '';
    const refusedPerson = people[profiles.indexOf(refused)];
    if (!refusedPerson) throw new Error('three profiles expected');
    // A real failure inside one profile's transaction: the database refuses to store its reminder.
    await sql`create function vr_test_refuse_reminder() returns trigger language plpgsql as $$ begin raise exception 'test: reminder refused'; end $$`.execute(
      test.db,
    );
    await sql`create trigger vr_test_refuse_reminder after insert on profile_confirmation_requests for each row when (new.profile_id = ${sql.lit(refused)}::uuid) execute function vr_test_refuse_reminder()`.execute(
      test.db,
    );
    const logged = vi.spyOn(test.app.services.logger, 'error');
    try {
      await expect(remindInactiveProfiles({ services: test.app.services, now })).rejects.toThrow(
        'applicant_profiles: 1 inactive profile could not be reminded (2 reminded), see the log',
      );
      expect(logged).toHaveBeenCalledTimes(1);
      const [fields, message] = logged.mock.calls[0] ?? [];
      expect(fields).toMatchObject({ table: 'applicant_profiles', key: { id: refused } });
      expect(message).toBe(`alerts: applicant_profiles id=${refused} could not be reminded and stays due`);
      for (const secret of [refusedPerson.email, refusedPerson.display_name])
        expect(JSON.stringify(logged.mock.calls)).not.toContain(secret);
    } finally {
      logged.mockRestore();
      await sql`drop trigger if exists vr_test_refuse_reminder on profile_confirmation_requests`.execute(test.db);
      await sql`drop function if exists vr_test_refuse_reminder()`.execute(test.db);
    }
    for (const person of people.filter((other) => other !== refusedPerson))
      expect((await waitForMail(test, person.email)).subject).toContain('Möchten Sie Ihr Profil behalten?');
    expect(await mailsTo(test.db, refusedPerson.email)).toEqual([]);
    const requests = await test.db.selectFrom('profile_confirmation_requests').select('profile_id').execute();
    expect(requests.map((request) => request.profile_id).sort()).toEqual(
      profiles.filter((id) => id !== refused).sort(),
    );

    // The retry a little later reminds the refused profile only: the others have their reminder.
    expect(await remindInactiveProfiles({ services: test.app.services, now: daysFrom(now, 0.01) })).toEqual({
      reminded: 1,
    });
    expect((await waitForMail(test, refusedPerson.email)).subject).toContain('Möchten Sie Ihr Profil behalten?');
    for (const person of people) expect(await mailsTo(test.db, person.email)).toHaveLength(1);
  });
});
