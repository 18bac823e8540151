import { describe, expect, it } from 'vitest';
import { createUser } from '../../seed/factories.js';
import { signedInClient } from '../../../tests/setup/sign-in.js';
import { TestClient, useTestPlatform, type TestPlatform } from '../../../tests/setup/test-platform.js';
import { SHIPPED_COURSE, type LessonContent } from './content/index.js';
import { validWebVtt } from './editor-schemas.js';
import { questionField } from './schemas.js';

const test = useTestPlatform();
const COURSE = '/de/kurs-umgang-mit-vielfalt';
const location = (response: { headers: Record<string, unknown> }) => String(response.headers.location);

/** A signed-in person: a member or admin of a new (or given) organisation, or nobody's. */
async function person(
  platform: TestPlatform,
  email: string,
  options: {
    organisationId?: string;
    type?: 'company' | 'municipality' | 'cooperation_office';
    role?: 'admin' | 'member';
    name?: string;
    none?: boolean;
  } = {},
) {
  const user = await createUser(platform.db, {
    email,
    ...(options.name ? { display_name: options.name } : {}),
    ...(options.none
      ? {}
      : {
          organisation: options.organisationId
            ? { id: options.organisationId }
            : { type: options.type ?? 'company', verified_at: new Date(), name: `Betrieb von ${email}` },
          role: options.role ?? 'member',
        }),
  });
  return { user, organisationId: user.organisation?.id ?? '', client: await signedInClient(platform, email) };
}

/** A lesson's quiz answered rightly (or each question with its first wrong option) as form fields. */
function quizFields(lesson: LessonContent, right: boolean): Record<string, string[]> {
  return Object.fromEntries(
    lesson.questions.map((question) => [
      questionField(question.key),
      question.options
        .filter((option) => option.correct === right)
        .map((option) => option.key)
        .slice(0, right ? undefined : 1),
    ]),
  );
}

async function answerAll(client: TestClient, right: (index: number) => boolean) {
  for (const [index, lesson] of SHIPPED_COURSE.lessons.entries()) {
    const response = await client.postMultipart(
      `${COURSE}/lektionen/${lesson.key}/quiz`,
      quizFields(lesson, right(index)),
      {},
    );
    expect(response.statusCode, response.body.slice(0, 300)).toBe(303);
  }
}

describe('courses: taking the course, the certificate and who sees what', () => {
  it('a company member completes the course, downloads the certificate and anybody verifies it; nobody else gets it', async () => {
    const member = await person(test, 'lernende@betrieb.example', { name: 'ليلى حداد' });
    const admin = await person(test, 'chefin@betrieb.example', {
      organisationId: member.organisationId,
      role: 'admin',
    });

    const overview = await member.client.get(COURSE);
    expect(overview.statusCode).toBe(200);
    expect(overview.body).toContain('Umgang mit Vielfalt');
    expect(overview.body).toContain('Mit der ersten Lektion beginnen');

    await answerAll(member.client, () => true);
    const finish = await member.client.get(`${COURSE}/abschluss`);
    expect(finish.body).toContain('Insgesamt 10 von 10 Fragen richtig (100 %)');
    const issued = await member.client.postForm(`${COURSE}/abschluss`, {});
    expect(issued.statusCode).toBe(303);
    const certificate = await test.db.selectFrom('course_certificates').selectAll().executeTakeFirstOrThrow();
    expect(certificate).toMatchObject({ person_name: 'ليلى حداد', version: 1, score: 100, revoked_at: null });
    expect(certificate.organisation_name).toBe('Betrieb von lernende@betrieb.example');

    const pdf = await member.client.get(`${COURSE}/zertifikate/${certificate.id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    // Not the colleague, not the organisation's admin, not a stranger: the certificate does not exist for them.
    expect((await admin.client.get(`${COURSE}/zertifikate/${certificate.id}/pdf`)).statusCode).toBe(404);
    expect((await new TestClient(test.app).get(`${COURSE}/zertifikate/${certificate.id}/pdf`)).statusCode).not.toBe(
      200,
    );

    // The public page verifies it by its code, in any spelling.
    const verified = await new TestClient(test.app).get(
      `/de/qualitaet/zertifikat-pruefen?code=${certificate.code.toLowerCase()}`,
    );
    expect(verified.statusCode).toBe(200);
    expect(verified.body).toContain('Gültiges Kurszertifikat');
    expect(verified.body).toContain('ليلى حداد');
    expect(verified.body).toContain('Betrieb von lernende@betrieb.example');
    expect(verified.body).toContain('Umgang mit Vielfalt, Version 1');

    // The admin sees the count (1 of 2 members), never whose; another organisation's admin sees only their own.
    const figures = await admin.client.get(COURSE);
    expect(figures.body).toContain('Den Kurs abgeschlossen: 1 von 2 Mitgliedern Ihrer Organisation (50 %).');
    expect(figures.body).not.toContain('ليلى حداد');
    const stranger = await person(test, 'chef@anderer.example', { role: 'admin' });
    const theirs = await stranger.client.get(COURSE);
    expect(theirs.body).toContain('Den Kurs abgeschlossen: 0 von 1 Mitglied Ihrer Organisation (0 %).');
    expect((await member.client.get(COURSE)).body).not.toContain('Kursabschlüsse Ihrer Organisation');

    // Checklists' question on intercultural-competence training shows the organisation's course figure.
    const started = await admin.client.postForm('/de/qualitaet/selbstcheck/neu', {
      audience: 'sme',
      size_band: 'up_to_49',
      sector: 'crafts',
    });
    const assessmentId = /selbstcheck\/([0-9a-f-]{36})/.exec(location(started))?.[1] ?? '';
    const competence = await admin.client.get(`/de/qualitaet/selbstcheck/${assessmentId}?schritt=5`);
    expect(competence.body).toContain(
      'auf dieser Plattform abgeschlossen: 1 von 2 Mitgliedern Ihrer Organisation (50 %)',
    );
    expect((await stranger.client.get(`/de/qualitaet/selbstcheck/${assessmentId}?schritt=5`)).statusCode).toBe(404);

    // The colleague's own overview shows nothing of the member's progress.
    expect((await admin.client.get(`${COURSE}/abschluss`)).body).toContain('noch nicht beantwortet');
  });

  it('a failed quiz gives no certificate; answering again can pass; bad input is a message at its question', async () => {
    const member = await person(test, 'zweiter@betrieb.example');
    // Two lessons wrong: 6 of 10 right, below the pass mark.
    await answerAll(member.client, (index) => index > 1);
    const finish = await member.client.get(`${COURSE}/abschluss`);
    expect(finish.body).toContain('Insgesamt 6 von 10 Fragen richtig (60 %)');
    const refused = await member.client.postForm(`${COURSE}/abschluss`, {});
    expect(refused.statusCode).toBe(409);
    expect(await test.db.selectFrom('course_certificates').selectAll().execute()).toHaveLength(0);

    const lesson = SHIPPED_COURSE.lessons[0] as LessonContent;
    const missing = await member.client.postMultipart(`${COURSE}/lektionen/${lesson.key}/quiz`, {}, {});
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('Bitte wählen Sie eine Antwort.');
    const unknown = await member.client.postMultipart(
      `${COURSE}/lektionen/${lesson.key}/quiz`,
      { ...quizFields(lesson, true), [questionField(lesson.questions[0]?.key ?? '')]: ['erfunden'] },
      {},
    );
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain('Bitte wählen Sie eine der angebotenen Möglichkeiten.');
    const twoForOne = await member.client.postMultipart(
      `${COURSE}/lektionen/${lesson.key}/quiz`,
      {
        ...quizFields(lesson, true),
        [questionField(lesson.questions[0]?.key ?? '')]: lesson.questions[0]?.options.map((o) => o.key) ?? [],
      },
      {},
    );
    expect(twoForOne.statusCode).toBe(400);

    // The answers of a second attempt replace the first; now 8 of 10 pass.
    await member.client.postMultipart(`${COURSE}/lektionen/${lesson.key}/quiz`, quizFields(lesson, true), {});
    const after = await member.client.get(`${COURSE}/lektionen/${lesson.key}`);
    expect(after.body).toContain('Richtig beantwortet.');
    expect(after.body).toContain('Ihre Wahl');
    expect((await member.client.postForm(`${COURSE}/abschluss`, {})).statusCode).toBe(303);

    // Reset deletes progress, not the certificate.
    expect((await member.client.postForm(`${COURSE}/neu-beginnen`, {})).statusCode).toBe(303);
    expect(await test.db.selectFrom('course_progress').selectAll().execute()).toHaveLength(0);
    expect(await test.db.selectFrom('course_certificates').selectAll().execute()).toHaveLength(1);
  });

  it('an applicant without organisation and an anonymous visitor read lessons but get no quiz, progress or certificate', async () => {
    const applicant = await person(test, 'bewerberin@mail.example', { none: true });
    const lesson = SHIPPED_COURSE.lessons[0] as LessonContent;
    const page = await applicant.client.get(`${COURSE}/lektionen/${lesson.key}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Vielfalt in der Region Ruhr');
    expect(page.body).not.toContain('Antworten prüfen');
    expect(
      (await applicant.client.postMultipart(`${COURSE}/lektionen/${lesson.key}/quiz`, quizFields(lesson, true), {}))
        .statusCode,
    ).toBe(403);
    expect((await applicant.client.postForm(`${COURSE}/abschluss`, {})).statusCode).toBe(403);
    expect((await applicant.client.get(`${COURSE}/abschluss`)).statusCode).toBe(403);

    const anonymous = new TestClient(test.app);
    expect((await anonymous.get(`/ar/kurs-umgang-mit-vielfalt/lektionen/${lesson.key}`)).statusCode).toBe(200);
    const posted = await anonymous.postMultipart(
      `${COURSE}/lektionen/${lesson.key}/quiz`,
      quizFields(lesson, true),
      {},
    );
    expect(posted.statusCode).not.toBe(303);
    expect((await anonymous.postForm(`${COURSE}/abschluss`, {})).statusCode).not.toBe(303);
    expect(await test.db.selectFrom('course_progress').selectAll().execute()).toHaveLength(0);
    expect(await test.db.selectFrom('course_certificates').selectAll().execute()).toHaveLength(0);
  });

  it('the office revokes a certificate and edits lessons; a new version is named on new certificates; others may not', async () => {
    const member = await person(test, 'dritte@betrieb.example');
    await answerAll(member.client, () => true);
    await member.client.postForm(`${COURSE}/abschluss`, {});
    const { code } = await test.db.selectFrom('course_certificates').select('code').executeTakeFirstOrThrow();

    const office = await person(test, 'admin@koordinierung.example', { type: 'cooperation_office', role: 'admin' });
    expect((await member.client.get(`${COURSE}/redaktion`)).statusCode).toBe(403);
    expect((await member.client.postForm(`${COURSE}/redaktion/widerrufen`, { code })).statusCode).toBe(403);

    const unknownCode = await office.client.postForm(`${COURSE}/redaktion/widerrufen`, { code: 'AAAA-BBBB-CCCC' });
    expect(unknownCode.statusCode).toBe(400);
    expect(unknownCode.body).toContain('Zu diesem Prüfcode gibt es kein gültiges Kurszertifikat.');
    expect((await office.client.postForm(`${COURSE}/redaktion/widerrufen`, { code })).statusCode).toBe(303);
    const anonymous = new TestClient(test.app);
    expect((await anonymous.get(`/de/qualitaet/zertifikat-pruefen?code=${code}`)).body).toContain(
      'Kurszertifikat widerrufen',
    );
    expect((await anonymous.get('/de/qualitaet/zertifikat-pruefen?code=ZZZZ-ZZZZ-ZZZZ')).body).toContain(
      'Zu diesem Prüfcode gibt es kein Zertifikat.',
    );

    // A translation left empty falls back to German (marked lang="de" on the page).
    const lesson = SHIPPED_COURSE.lessons[1] as LessonContent;
    const editor = await office.client.get(`${COURSE}/redaktion/lektionen/${lesson.key}?sprache=en`);
    expect(editor.statusCode).toBe(200);
    const english = await office.client.postMultipart(
      `${COURSE}/redaktion/lektionen/${lesson.key}?sprache=en`,
      { title: '', body: 'Short English text.' },
      {},
    );
    expect(english.statusCode, english.body.slice(0, 400)).toBe(303);
    const shown = await anonymous.get(`/en/kurs-umgang-mit-vielfalt/lektionen/${lesson.key}`);
    expect(shown.body).toContain('<span lang="de">Wahrnehmung und Vorurteile</span>');
    expect(shown.body).toContain('Short English text.');

    // German: a video needs captions; a material change needs a note and makes version 2.
    const german: Record<string, string> = {
      title: 'Wahrnehmung, Vorurteile und Stereotype',
      minutes: '9',
      body: lesson.body.de,
      image_alt: lesson.image?.alt.de ?? '',
    };
    for (const question of lesson.questions) {
      german[`q_${question.key}`] = question.text.de;
      for (const option of question.options) {
        german[`o_${question.key}_${option.key}`] = option.text.de;
        german[`e_${question.key}_${option.key}`] = option.explanation.de;
        if (option.correct) german[`c_${question.key}_${option.key}`] = 'on';
      }
    }
    const mp4 = new Uint8Array([0, 0, 0, 24, ...new TextEncoder().encode('ftypmp42'), 0, 0, 0, 0]);
    const noCaptions = await office.client.postMultipart(
      `${COURSE}/redaktion/lektionen/${lesson.key}?sprache=de`,
      german,
      {
        video: { name: 'film.mp4', bytes: mp4, type: 'video/mp4' },
      },
    );
    expect(noCaptions.statusCode).toBe(400);
    expect(noCaptions.body).toContain('Ein Video braucht Untertitel');
    const badCaptions = await office.client.postMultipart(
      `${COURSE}/redaktion/lektionen/${lesson.key}?sprache=de`,
      german,
      {
        video: { name: 'film.mp4', bytes: mp4, type: 'video/mp4' },
        captions: { name: 'film.vtt', bytes: new TextEncoder().encode('1\n00:01 Hallo'), type: 'text/vtt' },
      },
    );
    expect(badCaptions.statusCode).toBe(400);
    expect(badCaptions.body).toContain('kein gültiges WebVTT');
    const noNote = await office.client.postMultipart(
      `${COURSE}/redaktion/lektionen/${lesson.key}?sprache=de`,
      { ...german, material: 'on' },
      {},
    );
    expect(noNote.statusCode).toBe(400);
    const vtt = 'WEBVTT\n\n00:00:00.000 --> 00:00:02.500\nWillkommen zur Lektion.\n';
    const published = await office.client.postMultipart(
      `${COURSE}/redaktion/lektionen/${lesson.key}?sprache=de`,
      { ...german, material: 'on', change_note: 'Neuer Titel, Video ergänzt' },
      {
        video: { name: 'film.mp4', bytes: mp4, type: 'video/mp4' },
        captions: { name: 'film.vtt', bytes: new TextEncoder().encode(vtt), type: 'text/vtt' },
      },
    );
    expect(published.statusCode, published.body.slice(0, 400)).toBe(303);
    const versions = await test.db.selectFrom('course_versions').select('version').orderBy('version').execute();
    expect(versions.map((row) => row.version)).toEqual([1, 2]);
    const withVideo = await anonymous.get(`${COURSE}/lektionen/${lesson.key}`);
    expect(withVideo.body).toContain('<track kind="captions"');
    const captions = await anonymous.get(`${COURSE}/lektionen/${lesson.key}/untertitel.vtt`);
    expect(captions.body).toBe(vtt);

    // A newcomer takes version 2, and the certificate names it.
    const newcomer = await person(test, 'vierte@betrieb.example');
    await answerAll(newcomer.client, () => true);
    await newcomer.client.postForm(`${COURSE}/abschluss`, {});
    const second = await test.db
      .selectFrom('course_certificates')
      .select('version')
      .where('user_id', '=', newcomer.user.id)
      .executeTakeFirstOrThrow();
    expect(second.version).toBe(2);
  });

  it('reads WebVTT as the format has it', () => {
    const encode = (text: string) => new TextEncoder().encode(text);
    expect(validWebVtt(encode('WEBVTT\n\n00:01.000 --> 00:02.000\nHallo\n'))).not.toBeNull();
    expect(
      validWebVtt(encode('\uFEFFWEBVTT - Lektion 1\r\n\r\n1\r\n00:00:01.000 --> 00:00:02.000 line:0\r\nHallo\r\n')),
    ).not.toBeNull();
    expect(validWebVtt(encode('WEBVTT\n\n00:01.000 --> 00:02.000\n'))).toBeNull();
    expect(validWebVtt(encode('1\n00:00:01,000 --> 00:00:02,000\nHallo\n'))).toBeNull();
    expect(validWebVtt(new Uint8Array([0xff, 0xfe, 0x00]))).toBeNull();
  });
});
