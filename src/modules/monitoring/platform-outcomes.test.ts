import { describe, expect, it } from 'vitest';
import { createUser } from '../../seed/factories.js';
import { useTestPlatform } from '../../../tests/setup/test-platform.js';
import { shareOf, suppressSmall } from './use-cases/get-platform-outcomes.js';
import { monitoringPerson } from './test-helpers.js';

const test = useTestPlatform();

describe('monitoring: platform outcomes, small cells suppressed', () => {
  it('shows a share only when at least 5 count with and without a migration history', () => {
    expect(shareOf(0, 0)).toEqual({ kind: 'none' });
    expect(shareOf(12, 4)).toEqual({ kind: 'suppressed' });
    expect(shareOf(12, 8)).toEqual({ kind: 'suppressed' });
    expect(shareOf(10, 10)).toEqual({ kind: 'suppressed' });
    expect(shareOf(7, 0)).toEqual({ kind: 'suppressed' });
    expect(shareOf(10, 5)).toEqual({ kind: 'share', value: 50 });
    expect(suppressSmall(0)).toEqual({ kind: 'count', value: 0 });
    expect(suppressSmall(4)).toEqual({ kind: 'suppressed' });
    expect(suppressSmall(5)).toEqual({ kind: 'count', value: 5 });
  });

  it('counts invitations, contracts and certificates per city from live data, with the migration-history shares', async () => {
    const company = await createUser(test.db, {
      email: `firma-${process.pid}@outcomes.example`,
      organisation: { type: 'company', name: 'Emscher Metallbau GmbH', city: 'essen', verified_at: new Date() },
      role: 'admin',
    });
    const organisationId = company.organisation!.id;
    const postcode = (await test.db.selectFrom('postcode_areas').select('postcode').limit(1).executeTakeFirstOrThrow())
      .postcode;
    const position = await test.db
      .insertInto('positions')
      .values({
        organisation_id: organisationId,
        kind: 'apprenticeship',
        occupation_id: 'industriekaufmann',
        title: 'Ausbildung Industriekaufleute',
        city: 'essen',
        postcode,
        starts_on: '2027-08-01',
        places: 20,
        deadline: '2099-01-01',
        status: 'published',
        published_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // Twelve invited applicants in Essen: 6 with a migration history, 5 without, 1 who did not answer.
    const answers = [...Array<boolean>(6).fill(true), ...Array<boolean>(5).fill(false), null];
    for (const [index, answer] of answers.entries()) {
      const user = await createUser(test.db, { email: `bewerbung${index}-${process.pid}@outcomes.example` });
      const profile = await test.db
        .insertInto('applicant_profiles')
        .values({
          user_id: user.id,
          pseudonym: `Kandidat ${index}-${process.pid}`,
          interests: ['industriekaufmann'],
          certificate: 'msa',
          languages: JSON.stringify([{ code: 'de', level: 'C1' }]),
          postcode,
          travel_km: 20,
          available_from: '2027-08-01',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await test.db
        .insertInto('applicant_identities')
        .values({ profile_id: profile.id, full_name: `Person ${index}`, self_declared_migration_history: answer })
        .execute();
      await test.db
        .insertInto('applications')
        .values({
          position_id: position.id,
          profile_id: profile.id,
          organisation_id: organisationId,
          position_title: 'Ausbildung Industriekaufleute',
          pseudonym: `Bewerbung ${index}-${process.pid}`,
          status: 'invited',
          qualifications: JSON.stringify({}),
          invited_at: new Date(),
        })
        .execute();
    }
    const office = await monitoringPerson(test, { type: 'cooperation_office' });
    const page = await office.get('/de/monitoring/intern');
    expect(page.statusCode).toBe(200);
    const table = (caption: string) => {
      const start = page.body.indexOf(caption);
      expect(start).toBeGreaterThan(-1);
      return page.body.slice(start, page.body.indexOf('</table>', start));
    };
    // 12 invitations in Essen; 6 of the 11 who answered declared a migration history.
    expect(table('Anteil mit Einwanderungsgeschichte an den Einladungen')).toContain('54,5');
    expect(table('Einladungen zum Gespräch')).toContain('>12<');
    // No contract yet: nobody answered there, so no share.
    expect(table('Anteil mit Einwanderungsgeschichte an den Verträgen')).toContain('keine Angaben');
    expect(table('Ausgestellte Zertifikate')).not.toContain('weniger als 5');

    // One applicant fewer with a migration history: 5 of 10 still shows; 4 would not.
    const declared = await test.db
      .selectFrom('applicant_identities')
      .select('profile_id')
      .where('self_declared_migration_history', '=', true)
      .limit(2)
      .execute();
    await test.db
      .updateTable('applicant_identities')
      .set({ self_declared_migration_history: null })
      .where(
        'profile_id',
        'in',
        declared.map((row) => row.profile_id),
      )
      .execute();
    const hidden = await office.get('/de/monitoring/intern');
    const start = hidden.body.indexOf('Anteil mit Einwanderungsgeschichte an den Einladungen');
    expect(hidden.body.slice(start, hidden.body.indexOf('</table>', start))).toContain(
      'ausgeblendet (zu wenige Personen)',
    );
  });
});
