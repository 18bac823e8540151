import { describe, expect, it } from 'vitest';
import { createUser } from '../../../seed/factories.js';
import { signedInClient } from '../../../../tests/setup/sign-in.js';
import { useTestPlatform } from '../../../../tests/setup/test-platform.js';
import { applicationsPersonalData } from './personal-data.js';
import { SEEDED_IDENTITY, createSeededApplicant, insertPosition, seededApplicationForm } from './test-helpers.js';

const test = useTestPlatform();

interface ExportedApplication {
  pseudonym: string;
  identity_views: { organisation: string | null; at: Date; via: string }[];
}

/** A company, the seeded applicant and one application the applicant has consented to reveal. */
async function revealedApplication() {
  const admin = await createUser(test.db, {
    organisationType: 'company',
    organisation: { name: 'Rohrbau Kettwig GmbH' },
    email: 'leitung@rohrbau-kettwig.example',
  });
  const position = await insertPosition(test.db, { organisationId: admin.organisation!.id });
  const seeded = await createSeededApplicant(test.db);
  const applicant = await signedInClient(test, SEEDED_IDENTITY.accountEmail);
  const company = await signedInClient(test, admin.email);
  const applied = await applicant.postForm(`/de/bewerbungen/neu/${position.id}`, seededApplicationForm());
  expect(applied.statusCode).toBe(303);
  const applicationId = /\/bewerbungen\/([0-9a-f-]{36})$/.exec(applied.headers.location as string)![1]!;
  expect(
    (await company.postForm(`/de/firma/bewerbungen/${applicationId}/status`, { status: 'invited' })).statusCode,
  ).toBe(303);
  return { admin, seeded, applicant, company, applicationId };
}

describe('who saw an applicant’s identity, and how the identity travels', () => {
  it('answers the company’s application API and pages with Cache-Control: no-store, before and after the reveal', async () => {
    const { applicant, company, applicationId } = await revealedApplication();
    const urls = [`/api/v1/matching/applications/${applicationId}`, `/de/firma/bewerbungen/${applicationId}`];
    for (const url of urls) {
      const response = await company.get(url);
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['cache-control'], url).toBe('no-store');
    }
    expect(
      (await applicant.postForm(`/de/bewerbungen/${applicationId}/einwilligung`, { decision: 'consent' })).statusCode,
    ).toBe(303);
    for (const url of urls) {
      const response = await company.get(url);
      expect(response.body, url).toContain(SEEDED_IDENTITY.contactEmail);
      expect(response.headers['cache-control'], url).toBe('no-store');
    }
    // Errors of the API carry it too: a cached 403/404 could tell one visitor about another's request.
    const missing = await company.get('/api/v1/matching/applications/00000000-0000-4000-8000-000000000000');
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['cache-control']).toBe('no-store');
  });

  it('puts every company look at the identity into the applicant’s data export: which organisation, when and how', async () => {
    const { seeded, applicant, company, applicationId } = await revealedApplication();
    // Before the reveal there is nothing to see and nothing to list.
    await company.get(`/de/firma/bewerbungen/${applicationId}`);
    let exported = (await applicationsPersonalData.export(test.db, seeded.userId)) as ExportedApplication[];
    expect(exported).toHaveLength(1);
    expect(exported[0]!.identity_views).toEqual([]);

    await applicant.postForm(`/de/bewerbungen/${applicationId}/einwilligung`, { decision: 'consent' });
    await company.get(`/de/firma/bewerbungen/${applicationId}`);
    await company.get(`/api/v1/matching/applications/${applicationId}`);
    exported = (await applicationsPersonalData.export(test.db, seeded.userId)) as ExportedApplication[];
    const views = exported[0]!.identity_views;
    expect(views.map(({ organisation, via }) => ({ organisation, via }))).toEqual([
      { organisation: 'Rohrbau Kettwig GmbH', via: 'page' },
      { organisation: 'Rohrbau Kettwig GmbH', via: 'api' },
    ]);
    for (const view of views) expect(view.at).toBeInstanceOf(Date);
    // The whole export page carries it, too.
    const page = await applicant.get('/de/konto/export');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('identity_views');
    expect(page.body).toContain('Rohrbau Kettwig GmbH');
  });
});
