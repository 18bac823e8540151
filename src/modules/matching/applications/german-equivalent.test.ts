import { describe, expect, it } from 'vitest';
import { createUser } from '../../../seed/factories.js';
import { signedInClient } from '../../../../tests/setup/sign-in.js';
import { useTestPlatform } from '../../../../tests/setup/test-platform.js';
import { applicationForm, createApplicant, insertPosition } from './test-helpers.js';

const test = useTestPlatform();

const FOREIGN_CERTIFICATE = 'Lise Diploması (Türkei), Anerkennung beantragt';
const FOREIGN_LABELS = ['Abschluss aus dem Ausland', 'Qualification from abroad', FOREIGN_CERTIFICATE];

// Decision 026: a company sees the German equivalent (the school certificate), never a foreign certificate's
// name — it tells origin, not ability. The apply form no longer passes it on, and a part stored before is hidden.
describe('applications show a company the German-equivalent certificate only', () => {
  it('leaves the foreign certificate out of the apply form, the stored part and every company page and API answer', async () => {
    const company = await createUser(test.db, { organisationType: 'company', email: 'leitung@werk-bochum.example' });
    const position = await insertPosition(test.db, {
      organisationId: company.organisation!.id,
      title: 'Ausbildung Elektroniker:in (Bochum)',
    });
    const applicant = await createApplicant(test.db, { email: 'derya.apply@mail.example' });
    await test.db
      .updateTable('applicant_profiles')
      .set({ foreign_certificate: FOREIGN_CERTIFICATE, recognition_status: 'in_progress' })
      .where('id', '=', applicant.profileId)
      .execute();
    const applicantClient = await signedInClient(test, applicant.email);

    const form = await applicantClient.get(`/de/bewerbungen/neu/${position.id}`);
    expect(form.statusCode).toBe(200);
    expect(form.body).not.toContain('name="foreign_certificate"');
    expect(form.body).not.toContain(FOREIGN_CERTIFICATE);

    // A client that still sends the old field is told so, nothing is stored.
    const withForeign = await applicantClient.postForm(
      `/de/bewerbungen/neu/${position.id}`,
      applicationForm({ foreign_certificate: FOREIGN_CERTIFICATE }),
    );
    expect(withForeign.statusCode).toBe(400);
    const sent = await applicantClient.postForm(`/de/bewerbungen/neu/${position.id}`, applicationForm());
    expect(sent.statusCode, sent.body.slice(0, 500)).toBe(303);
    const applicationId = /\/bewerbungen\/([0-9a-f-]{36})$/.exec(sent.headers.location as string)?.[1] ?? '';
    const stored = await test.db
      .selectFrom('applications')
      .select('qualifications')
      .where('id', '=', applicationId)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(stored.qualifications)).not.toContain('Lise');

    // An application stored before the rule still holds the name: the company never reads it.
    await test.db
      .updateTable('applications')
      .set({
        qualifications: JSON.stringify({
          ...(stored.qualifications as object),
          foreign_certificate: FOREIGN_CERTIFICATE,
        }),
      } as never)
      .where('id', '=', applicationId)
      .execute();
    const companyClient = await signedInClient(test, company.email);
    for (const url of [
      `/de/firma/bewerbungen/${applicationId}`,
      `/en/firma/bewerbungen/${applicationId}`,
      `/de/firma/stellen/${position.id}/bewerbungen`,
      `/api/v1/matching/applications/${applicationId}`,
    ]) {
      const response = await companyClient.get(url);
      expect(response.statusCode, url).toBe(200);
      for (const label of FOREIGN_LABELS) expect(response.body, `${url}: ${label}`).not.toContain(label);
    }
    const page = await companyClient.get(`/de/firma/bewerbungen/${applicationId}`);
    expect(page.body).toContain('Mittlerer Schulabschluss');
    // The applicant still reads what they wrote themselves.
    expect((await applicantClient.get(`/de/bewerbungen/${applicationId}`)).body).toContain(FOREIGN_CERTIFICATE);
  });
});
