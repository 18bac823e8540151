import { describe, expect, it } from 'vitest';
import { useTestPlatform } from '../../../tests/setup/test-platform.js';
import { createUser } from '../factories.js';
import { COURSE_COMPLETED, COURSE_IN_PROGRESS, COURSE_NOT_STARTED, generateCoursesData } from './generate.js';

const test = useTestPlatform();

describe('courses demo data', () => {
  it('completes the course for some members, leaves one half-way and the demo company member not started', async () => {
    const company = await createUser(test.db, {
      email: 'firma@unternehmen.vielfalt-ruhr.example',
      organisation: { type: 'company', verified_at: new Date() },
      role: 'admin',
    });
    const companyId = company.organisation?.id ?? '';
    for (const email of [
      COURSE_NOT_STARTED,
      'staff1@unternehmen.vielfalt-ruhr.example',
      'staff2@unternehmen.vielfalt-ruhr.example',
    ])
      await createUser(test.db, { email, organisation: { id: companyId }, role: 'member' });
    for (const email of [...COURSE_COMPLETED, COURSE_IN_PROGRESS])
      await createUser(test.db, { email, organisation: { type: 'provider', verified_at: new Date() }, role: 'member' });

    await generateCoursesData(test.db);

    const certificates = await test.db
      .selectFrom('course_certificates')
      .innerJoin('users', 'users.id', 'course_certificates.user_id')
      .select(['users.email', 'course_certificates.code'])
      .execute();
    expect(certificates.map((row) => row.email).sort()).toEqual(
      [
        ...COURSE_COMPLETED,
        'staff1@unternehmen.vielfalt-ruhr.example',
        'staff2@unternehmen.vielfalt-ruhr.example',
      ].sort(),
    );
    for (const row of certificates) expect(row.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const progress = await test.db
      .selectFrom('course_progress')
      .innerJoin('users', 'users.id', 'course_progress.user_id')
      .select(['users.email', 'course_progress.completed_at'])
      .execute();
    expect(progress.find((row) => row.email === COURSE_IN_PROGRESS)?.completed_at).toBeNull();
    expect(progress.some((row) => row.email === COURSE_NOT_STARTED)).toBe(false);
  });
});
