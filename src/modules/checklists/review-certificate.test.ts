import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { TestClient, useTestPlatform, waitForMail } from '../../../tests/setup/test-platform.js';
import { completedPeer, staffOf } from './test-helpers.js';
import { remindExpiringCertificates } from './use-cases/remind-expiring-certificates.js';

const test = useTestPlatform();

/** All text of a PDF, page by page, as pdf.js reads it. */
async function pdfText(bytes: Buffer): Promise<string> {
  const document = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  const texts: string[] = [];
  for (let page = 1; page <= document.numPages; page++) {
    const content = await (await document.getPage(page)).getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return texts.join('\n');
}

/** A school with a completed assessment, signed in as its admin. */
async function schoolWithAssessment(city: 'essen' | 'dortmund' = 'essen') {
  const school = await staffOf(test, `leitung@gesamtschule-${city}.example`, {
    type: 'school',
    city,
    name: `Gesamtschule Am Kanal ${city}`,
  });
  await completedPeer(
    test.db,
    { audience: 'school', sizeBand: 'up_to_249', sector: 'education', type: 'school' },
    'yes',
  );
  // The helper made a new school organisation; move that assessment to the signed-in school.
  const assessment = await test.db
    .updateTable('checklist_assessments')
    .set({ organisation_id: school.organisationId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { ...school, assessmentId: assessment.id };
}

describe('checklists: review, certificate, verification', () => {
  it('a school asks for review, its city reviews, asks for more, approves; the certificate verifies and reads back', async () => {
    const school = await schoolWithAssessment('essen');
    const essen = await staffOf(test, 'integration@stadt-essen.example', { type: 'municipality', city: 'essen' });
    const dortmund = await staffOf(test, 'integration@stadt-dortmund.example', {
      type: 'municipality',
      city: 'dortmund',
    });
    const office = await staffOf(test, 'pruefung@koordinierung.example', { type: 'cooperation_office' });

    const requested = await school.client.postForm(`/de/qualitaet/selbstcheck/${school.assessmentId}/pruefung`, {});
    expect(requested.statusCode, requested.body.slice(0, 300)).toBe(303);
    const reviewPath = String(requested.headers.location);
    const reviewId = reviewPath.split('/').pop() ?? '';
    // A second request while one is open is refused.
    expect(
      (await school.client.postForm(`/de/qualitaet/selbstcheck/${school.assessmentId}/pruefung`, {})).statusCode,
    ).toBe(409);

    // Only Essen's municipality sees it on its desk; Dortmund and the office do not, and cannot open it.
    expect((await essen.client.get('/de/qualitaet/pruefungen')).body).toContain('Gesamtschule Am Kanal essen');
    expect((await dortmund.client.get('/de/qualitaet/pruefungen')).body).not.toContain('Gesamtschule Am Kanal essen');
    expect((await office.client.get('/de/qualitaet/pruefungen')).body).not.toContain('Gesamtschule Am Kanal essen');
    expect((await dortmund.client.get(reviewPath)).statusCode).toBe(404);
    expect((await dortmund.client.postForm(`${reviewPath}/entscheidung`, { decision: 'approve' })).statusCode).toBe(
      404,
    );
    // The school cannot decide its own review.
    expect((await school.client.postForm(`${reviewPath}/entscheidung`, { decision: 'approve' })).statusCode).toBe(404);

    // Asking for more needs a reason.
    const noReason = await essen.client.postForm(`${reviewPath}/entscheidung`, { decision: 'more' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.body).toContain('Bitte schreiben Sie, was fehlt');
    expect(
      (
        await essen.client.postForm(`${reviewPath}/entscheidung`, {
          decision: 'more',
          body: 'Bitte beschreiben Sie die Elternabende genauer.',
        })
      ).statusCode,
    ).toBe(303);
    const asked = await school.client.get(reviewPath);
    expect(asked.body).toContain('Bitte beschreiben Sie die Elternabende genauer.');
    expect(
      (await school.client.postForm(`${reviewPath}/kommentar`, { body: 'Zweimal im Jahr, mit Dolmetschenden.' }))
        .statusCode,
    ).toBe(303);

    const approved = await essen.client.postForm(`${reviewPath}/entscheidung`, { decision: 'approve' });
    expect(approved.statusCode).toBe(303);
    const certificate = await test.db
      .selectFrom('checklist_certificates')
      .selectAll()
      .where('review_id', '=', reviewId)
      .executeTakeFirstOrThrow();
    expect(certificate.valid_until.getUTCFullYear() - certificate.issued_at.getUTCFullYear()).toBe(3);
    const audit = await test.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_id', '=', reviewId)
      .orderBy('at')
      .execute();
    expect(audit.map((row) => row.action)).toEqual([
      'checklists.review_requested',
      'checklists.review_more_requested',
      'checklists.review_answered',
      'checklists.review_approved',
    ]);

    // The PDF: only the school (and platform admins) may download it; it names organisation, level and code.
    const pdf = await school.client.get(`/de/qualitaet/zertifikate/${certificate.id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(pdf.rawPayload);
    expect(text).toContain('Gesamtschule Am Kanal essen');
    expect(text).toContain(certificate.code);
    expect(text).toContain('4,0 von 4');
    expect(pdf.rawPayload.toString('latin1')).toContain('/StructTreeRoot');
    expect(pdf.rawPayload.toString('latin1')).toContain('/FontFile2');
    expect((await dortmund.client.get(`/de/qualitaet/zertifikate/${certificate.id}/pdf`)).statusCode).toBe(404);

    // Anybody verifies the code; lower case and spaces are forgiven.
    const anonymous = new TestClient(test.app);
    const valid = await anonymous.get(`/de/qualitaet/zertifikat-pruefen?code=${certificate.code.toLowerCase()}`);
    expect(valid.body).toContain('Dieses Zertifikat ist gültig.');
    expect(valid.body).toContain('Gesamtschule Am Kanal essen');
    expect((await anonymous.get('/de/qualitaet/zertifikat-pruefen?code=AAAA-BBBB-CCCC')).body).toContain(
      'Zu diesem Prüfcode gibt es kein Zertifikat',
    );
    // Arabic page of the same verification.
    expect((await anonymous.get(`/ar/qualitaet/zertifikat-pruefen?code=${certificate.code}`)).statusCode).toBe(200);

    // Expired and revoked certificates say so.
    await test.db
      .updateTable('checklist_certificates')
      .set({ valid_until: new Date(Date.now() - 86_400_000) })
      .where('id', '=', certificate.id)
      .execute();
    expect((await anonymous.get(`/de/qualitaet/zertifikat-pruefen?code=${certificate.code}`)).body).toContain(
      'Dieses Zertifikat ist abgelaufen.',
    );
    const admin = await staffOf(test, 'plattform@koordinierung.example', {
      type: 'cooperation_office',
      organisationId: office.organisationId,
    });
    expect(
      (await essen.client.postForm('/de/qualitaet/zertifikate/widerrufen', { code: certificate.code })).statusCode,
    ).toBe(403);
    const revoked = await admin.client.postForm('/de/qualitaet/zertifikate/widerrufen', { code: certificate.code });
    expect(revoked.statusCode, revoked.body.slice(0, 300)).toBe(303);
    expect((await anonymous.get(`/de/qualitaet/zertifikat-pruefen?code=${certificate.code}`)).body).toContain(
      'Dieses Zertifikat wurde widerrufen.',
    );
  });

  it('a company is reviewed by the cooperation office, never by a reviewer of its own organisation', async () => {
    const office = await staffOf(test, 'pruefung@koordinierung.example', { type: 'cooperation_office' });
    const company = await staffOf(test, 'chef@firma.example', { type: 'company', name: 'Ruhrblick Logistik GmbH' });
    await completedPeer(test.db, { audience: 'sme', sizeBand: 'up_to_49', sector: 'services' }, 'partly');
    const assessment = await test.db
      .updateTable('checklist_assessments')
      .set({ organisation_id: company.organisationId })
      .returning('id')
      .executeTakeFirstOrThrow();
    const member = await staffOf(test, 'mitarbeiter@firma.example', {
      type: 'company',
      organisationId: company.organisationId,
      role: 'member',
    });
    expect((await member.client.postForm(`/de/qualitaet/selbstcheck/${assessment.id}/pruefung`, {})).statusCode).toBe(
      403,
    );
    const requested = await company.client.postForm(`/de/qualitaet/selbstcheck/${assessment.id}/pruefung`, {});
    expect(requested.statusCode).toBe(303);
    expect((await office.client.get('/de/qualitaet/pruefungen')).body).toContain('Ruhrblick Logistik GmbH');
    const declined = await office.client.postForm(`${String(requested.headers.location)}/entscheidung`, {
      decision: 'decline',
      body: 'Die Angaben zur Personalgewinnung fehlen.',
    });
    expect(declined.statusCode).toBe(303);
    expect(await test.db.selectFrom('checklist_certificates').selectAll().execute()).toEqual([]);

    // The cooperation office's own administration assessment is not on its own desk.
    await completedPeer(test.db, { audience: 'administration', sizeBand: 'from_250', sector: 'public' }, 'yes');
    const own = await test.db
      .updateTable('checklist_assessments')
      .set({ organisation_id: office.organisationId })
      .where('audience', '=', 'administration')
      .returning('id')
      .executeTakeFirstOrThrow();
    const ownRequest = await office.client.postForm(`/de/qualitaet/selbstcheck/${own.id}/pruefung`, {});
    expect(ownRequest.statusCode).toBe(303);
    expect(
      (await office.client.postForm(`${String(ownRequest.headers.location)}/entscheidung`, { decision: 'approve' }))
        .statusCode,
    ).toBe(404);
    expect((await office.client.get('/de/qualitaet/pruefungen')).body).not.toContain(
      `pruefungen/${String(ownRequest.headers.location).split('/').pop()}`,
    );
  });

  it('reminds the admins three months before a certificate expires, once', async () => {
    const school = await schoolWithAssessment('essen');
    const essen = await staffOf(test, 'integration@stadt-essen.example', { type: 'municipality', city: 'essen' });
    const requested = await school.client.postForm(`/de/qualitaet/selbstcheck/${school.assessmentId}/pruefung`, {});
    await essen.client.postForm(`${String(requested.headers.location)}/entscheidung`, { decision: 'approve' });
    const services = test.platform.app.services;
    expect(await remindExpiringCertificates({ services })).toBe(0);
    const later = new Date(Date.now() + (3 * 365 - 60) * 86_400_000);
    expect(await remindExpiringCertificates({ services, now: later })).toBe(1);
    expect(await remindExpiringCertificates({ services, now: later })).toBe(0);
    const mail = await waitForMail(test, 'leitung@gesamtschule-essen.example');
    expect(mail.subject).toContain('Gesamtschule Am Kanal essen');
  });
});
