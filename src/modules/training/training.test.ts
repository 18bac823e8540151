import { describe, expect, it } from 'vitest';
import type { OrganisationType } from '../../core/db/database.js';
import { personalDataSources } from '../../core/privacy/registry.js';
import { createUser } from '../../seed/factories.js';
import { signedInClient } from '../../../tests/setup/sign-in.js';
import { TestClient, useTestPlatform, waitForMail } from '../../../tests/setup/test-platform.js';
import { ensureSteps } from './shipped-steps.js';
import { remindOpenSteps } from './use-cases/remind-open-steps.js';

const test = useTestPlatform();

const BASE = '/de/ausbilden/betrieb-werden';
const location = (response: { headers: Record<string, unknown> }) => String(response.headers.location);

/** A signed-in person of a new verified organisation of the given type (or of no organisation). */
async function personOf(email: string, type: OrganisationType | null, role: 'admin' | 'member' = 'admin') {
  const user = await createUser(test.db, {
    email,
    ...(type ? { organisation: { type, verified_at: new Date(), city: 'dortmund' }, role } : {}),
  });
  return { user, organisationId: user.organisation?.id ?? '', client: await signedInClient(test, email) };
}

const firstStep = async () => {
  await ensureSteps(test.db);
  return test.db.selectFrom('training_steps').select(['id', 'slug']).orderBy('position').executeTakeFirstOrThrow();
};
const requestCount = async () =>
  Number(
    (
      await test.db
        .selectFrom('training_adviser_requests')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('training: the path to becoming a training company', () => {
  it('anyone reads the path and checks preconditions; wrong answers are messages at the fields', async () => {
    const anonymous = new TestClient(test.app);
    const landing = await anonymous.get(BASE);
    expect(landing.statusCode).toBe(200);
    expect(landing.body).toContain('Ausbilderin oder Ausbilder benennen');
    expect(landing.body).toContain('Zuletzt geprüft am');

    const crafts = await anonymous.get(`${BASE}/check?beruf=kraftfahrzeugmechatroniker&stadt=bochum`);
    expect(crafts.statusCode).toBe(200);
    expect(crafts.body).toContain('Handwerkskammer Dortmund');
    expect(crafts.body).toContain('Einstiegsqualifizierung');
    expect(crafts.body).toContain('Meisterprüfung');

    const trade = await anonymous.get(`${BASE}/check?beruf=kaufmann-einzelhandel&stadt=muelheim`);
    expect(trade.body).toContain('IHK für Essen, Mülheim an der Ruhr, Oberhausen zu Essen');
    const practice = await anonymous.get(`${BASE}/check?beruf=medizinischer-fachangestellter&stadt=duisburg`);
    expect(practice.body).toContain('Ärztekammer Nordrhein');
    expect(practice.body).toContain('nicht IHK oder Handwerkskammer');
    const unknown = await anonymous.get(`${BASE}/check?beruf=gaertner&stadt=essen`);
    expect(unknown.body).toContain('nicht sicher nennen');

    const wrong = await anonymous.get(`${BASE}/check?beruf=astronaut&stadt=berlin`);
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('Bitte wählen Sie einen Ausbildungsberuf aus der Liste.');
    expect(wrong.body).toContain('Bitte wählen Sie eine der sieben Städte.');
    // A school-based occupation is no dual training in a company.
    const school = await anonymous.get(`${BASE}/check?beruf=pflegefachmann&stadt=essen`);
    expect(school.statusCode).toBe(400);
  });

  it('a company walks its path and asks for an adviser; the office takes the request and closes it', async () => {
    const company = await personOf('inhaber@kfz-yilmaz.example', 'company');
    const colleague = await createUser(test.db, {
      email: 'werkstatt@kfz-yilmaz.example',
      organisation: { id: company.organisationId },
      role: 'member',
    });
    const page = await company.client.get(`${BASE}/mein-weg`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Meinen Weg starten');

    const bad = await company.client.postForm(`${BASE}/mein-weg/starten`, { occupation_id: '', city: 'paris' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Bitte wählen Sie einen Ausbildungsberuf aus der Liste.');
    expect(await test.db.selectFrom('training_paths').selectAll().execute()).toHaveLength(0);

    const started = await company.client.postForm(`${BASE}/mein-weg/starten`, {
      occupation_id: 'kraftfahrzeugmechatroniker',
      city: 'dortmund',
    });
    expect(started.statusCode, started.body.slice(0, 300)).toBe(303);
    const step = await firstStep();
    const ticked = await company.client.postForm(`${BASE}/mein-weg/schritte/${step.id}`, { done: 'yes' });
    expect(ticked.statusCode).toBe(303);
    // A colleague of the same company sees the same progress.
    const colleagueClient = await signedInClient(test, colleague.email);
    const shared = await colleagueClient.get(`${BASE}/mein-weg`);
    expect(shared.body).toContain('1 von 6 Schritten erledigt');
    expect(shared.body).toContain('Handwerkskammer Dortmund');

    // The adviser request: every problem named at its field, nothing stored.
    const refused = await company.client.postForm(`${BASE}/beratung`, {
      needs: '',
      contact_preference: 'phone',
      phone: '',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Sie wünschen einen Anruf: Bitte geben Sie eine Telefonnummer an.');
    expect(refused.body).toContain('Bitte bestätigen Sie Ihr Einverständnis');
    expect(refused.body).toContain('field-needs-error');
    const badPhone = await company.client.postForm(`${BASE}/beratung`, {
      needs: 'Wie bekomme ich den Ausbilderschein?',
      contact_preference: 'phone',
      phone: 'ruf mich an',
      consent: 'on',
    });
    expect(badPhone.statusCode).toBe(400);
    expect(await requestCount()).toBe(0);

    const sent = await company.client.postForm(`${BASE}/beratung`, {
      needs: 'Wir möchten einen Kfz-Mechatroniker ausbilden und brauchen Hilfe beim Ausbilderschein.',
      contact_preference: 'phone',
      phone: '0231 555 0147',
      consent: 'on',
    });
    expect(sent.statusCode, sent.body.slice(0, 300)).toBe(303);
    expect(location(sent)).toBe(`${BASE}/mein-weg`);
    const stored = await test.db.selectFrom('training_adviser_requests').selectAll().executeTakeFirstOrThrow();
    expect(stored.phone).toBe('0231 555 0147');
    expect(stored.status).toBe('open');

    const office = await personOf('team@koordinierung-test.example', 'cooperation_office', 'member');
    const desk = await office.client.get(`${BASE}/anfragen`);
    expect(desk.statusCode).toBe(200);
    expect(desk.body).toContain('Hilfe beim Ausbilderschein');
    expect(desk.body).toContain('0231 555 0147');
    const start = await office.client.get('/de/mein-bereich');
    expect(start.body).toContain('Eine Beratungsanfrage wartet');

    const take = await office.client.postForm(`${BASE}/anfragen/${stored.id}`, { action: 'take' });
    expect(take.statusCode).toBe(303);
    const again = await office.client.postForm(`${BASE}/anfragen/${stored.id}`, { action: 'take' });
    expect(again.statusCode).toBe(409);
    expect((await company.client.get(`${BASE}/mein-weg`)).body).toContain('In Bearbeitung');
    const done = await office.client.postForm(`${BASE}/anfragen/${stored.id}`, { action: 'done' });
    expect(done.statusCode).toBe(303);
    const closed = await test.db.selectFrom('training_adviser_requests').selectAll().executeTakeFirstOrThrow();
    expect(closed.status).toBe('done');
    expect(closed.taken_by).toBe(office.user.id);
    expect((await company.client.get('/de/mein-bereich')).body).toContain(
      'Ihre Beratungsanfrage: \u2068Erledigt\u2069',
    );
  });

  it('another company, another role and an anonymous visitor cannot see or change a path, a request or the desk', async () => {
    const company = await personOf('chefin@optik-haddad.example', 'company');
    await company.client.postForm(`${BASE}/mein-weg/starten`, { occupation_id: 'augenoptiker', city: 'essen' });
    const step = await firstStep();
    await company.client.postForm(`${BASE}/beratung`, {
      needs: 'Geheimes Anliegen der Optik',
      contact_preference: 'email',
      consent: 'on',
    });

    // Another company: its own empty path; ticking a step never touches the first company's path.
    const other = await personOf('chef@anderer-betrieb.example', 'company');
    const otherPage = await other.client.get(`${BASE}/mein-weg`);
    expect(otherPage.body).not.toContain('Geheimes Anliegen');
    expect(otherPage.body).toContain('Meinen Weg starten');
    const otherTick = await other.client.postForm(`${BASE}/mein-weg/schritte/${step.id}`, { done: 'yes' });
    expect(otherTick.statusCode).toBe(409);
    expect(await test.db.selectFrom('training_path_ticks').selectAll().execute()).toHaveLength(0);
    expect((await other.client.get(`${BASE}/anfragen`)).statusCode).toBe(403);

    // An applicant (no organisation) and a school may not walk a company's path nor open the desk.
    for (const [email, type] of [
      ['bewerberin@jugend-test.example', null],
      ['schule@schule-test.example', 'school'],
    ] as const) {
      const person = await personOf(email, type);
      expect((await person.client.get(`${BASE}/mein-weg`)).statusCode).toBe(403);
      const post = await person.client.postForm(`${BASE}/beratung`, {
        needs: 'x',
        contact_preference: 'email',
        consent: 'on',
      });
      expect(post.statusCode).toBe(403);
      expect((await person.client.get(`${BASE}/anfragen`)).statusCode).toBe(403);
      expect((await person.client.get(`${BASE}/pflege`)).statusCode).toBe(403);
    }
    // A municipality is not the coordination office either.
    const city = await personOf('verwaltung@stadt-test.example', 'municipality');
    expect((await city.client.get(`${BASE}/anfragen`)).statusCode).toBe(403);

    // Anonymous: sent to sign in, nothing written.
    const anonymous = new TestClient(test.app);
    const own = await anonymous.get(`${BASE}/mein-weg`);
    expect([302, 303, 401]).toContain(own.statusCode);
    const anonymousPost = await anonymous.postForm(`${BASE}/beratung`, {
      needs: 'x',
      contact_preference: 'email',
      consent: 'on',
    });
    expect(anonymousPost.statusCode).toBeGreaterThanOrEqual(300);
    expect((await anonymous.get(`${BASE}/anfragen`)).body).not.toContain('Geheimes Anliegen');
    expect(await requestCount()).toBe(1);
  });

  it('the office edits a step (German required, translations optional) and contacts; saving is the review', async () => {
    const admin = await personOf('admin@koordinierung-test.example', 'cooperation_office', 'admin');
    const step = await firstStep();
    await test.db
      .updateTable('training_steps')
      .set({ reviewed_at: new Date('2024-01-10T10:00:00Z') })
      .where('id', '=', step.id)
      .execute();
    const maintenance = await admin.client.get(`${BASE}/pflege`);
    expect(maintenance.body).toContain('Prüfung fällig');
    expect((await admin.client.get('/de/mein-bereich')).body).toContain(
      'Ein Schritt ist seit zwölf Monaten nicht geprüft',
    );

    const missing = await admin.client.postForm(`${BASE}/pflege/schritte/${step.id}?sprache=de`, {
      title: '',
      needs: 'x',
      helpers: 'y',
      body: 'z',
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('field-title-error');
    const unchanged = await test.db
      .selectFrom('training_steps')
      .select('reviewed_at')
      .where('id', '=', step.id)
      .executeTakeFirstOrThrow();
    expect(unchanged.reviewed_at.getUTCFullYear()).toBe(2024);

    const saved = await admin.client.postForm(`${BASE}/pflege/schritte/${step.id}?sprache=de`, {
      title: 'Beruf wählen und den eigenen Betrieb prüfen',
      needs: 'Eine Beschreibung Ihres Betriebs.',
      helpers: 'Die Kammer.',
      body: 'Wählen Sie einen Beruf, den es in Ihrem Betrieb gibt.',
    });
    expect(saved.statusCode).toBe(303);
    const reviewed = await test.db
      .selectFrom('training_steps')
      .select('reviewed_at')
      .where('id', '=', step.id)
      .executeTakeFirstOrThrow();
    expect(reviewed.reviewed_at.getUTCFullYear()).toBeGreaterThan(2024);

    // A half translation is refused; an empty one removes the translation, and German shows with lang="de".
    const half = await admin.client.postForm(`${BASE}/pflege/schritte/${step.id}?sprache=pl`, { title: 'Tytuł' });
    expect(half.statusCode).toBe(400);
    const removed = await admin.client.postForm(`${BASE}/pflege/schritte/${step.id}?sprache=pl`, {
      title: '',
      needs: '',
      helpers: '',
      body: '',
    });
    expect(removed.statusCode).toBe(303);
    const polish = await new TestClient(test.app).get('/pl/ausbilden/betrieb-werden');
    expect(polish.body).toContain(
      '<div class="kern-stack" lang="de"><h3 class="kern-heading-small">Krok 1: Beruf wählen und den eigenen Betrieb prüfen',
    );

    const badContact = await admin.client.postForm(`${BASE}/pflege/kontakte/neu`, {
      kind: 'chamber_adviser',
      chamber: '',
      name: 'Erika Beispiel',
      unit: 'Ausbildungsberatung',
      email: 'keine-adresse',
      phone: '0231 555 0100',
    });
    expect(badContact.statusCode).toBe(400);
    expect(badContact.body).toContain('Bitte wählen Sie die Kammer.');
    expect(await test.db.selectFrom('training_contacts').selectAll().execute()).toHaveLength(0);
    const contact = await admin.client.postForm(`${BASE}/pflege/kontakte/neu`, {
      kind: 'chamber_adviser',
      chamber: 'hwk-dortmund',
      city: 'essen',
      name: 'Erika Beispiel',
      unit: 'Ausbildungsberatung',
      email: 'erika.beispiel@hwk-demo.example',
      phone: '0231 555 0100',
    });
    expect(contact.statusCode).toBe(303);
    const stored = await test.db.selectFrom('training_contacts').selectAll().executeTakeFirstOrThrow();
    expect(stored.city).toBeNull();
    const result = await new TestClient(test.app).get(`${BASE}/check?beruf=friseur&stadt=dortmund`);
    expect(result.body).toContain('erika.beispiel@hwk-demo.example');

    // A company may not edit.
    const company = await personOf('firma@betrieb-test.example', 'company');
    const forbidden = await company.client.postForm(`${BASE}/pflege/schritte/${step.id}?sprache=de`, {
      title: 'Übernommen',
      needs: 'x',
      helpers: 'y',
      body: 'z',
    });
    expect(forbidden.statusCode).toBe(403);
  });

  it('a step left open for 14 days brings one reminder mail and a Mein Bereich line; erasure removes the person', async () => {
    const company = await personOf('inhaber@baeckerei-test.example', 'company');
    await company.client.postForm(`${BASE}/mein-weg/starten`, { occupation_id: 'baecker', city: 'dortmund' });
    const now = new Date();
    const services = test.platform.app.services;
    expect(await remindOpenSteps({ services, now })).toBe(0);
    await test.db
      .updateTable('training_paths')
      .set({ started_at: new Date(now.getTime() - 15 * 24 * 3600 * 1000) })
      .execute();
    expect(await remindOpenSteps({ services, now })).toBe(1);
    const mail = await waitForMail(test, company.user.email, { containing: 'Beruf wählen und Betrieb prüfen' });
    expect(mail.text_body).toContain('/de/ausbilden/betrieb-werden/mein-weg');
    // Not again the next day.
    expect(await remindOpenSteps({ services, now: new Date(now.getTime() + 24 * 3600 * 1000) })).toBe(0);
    const start = await company.client.get('/de/mein-bereich');
    console.log(
      start.body.slice(
        start.body.indexOf('Weg zum Ausbildungsbetrieb') - 200,
        start.body.indexOf('Weg zum Ausbildungsbetrieb') + 1500,
      ),
    );
    expect(start.body).toContain('Offen seit zwei Wochen: \u2068Beruf wählen und Betrieb prüfen\u2069');
    // Ticking the step ends the reminder line.
    const step = await firstStep();
    await company.client.postForm(`${BASE}/mein-weg/schritte/${step.id}`, { done: 'yes' });
    expect((await company.client.get('/de/mein-bereich')).body).not.toContain('Offen seit zwei Wochen');

    await company.client.postForm(`${BASE}/beratung`, {
      needs: 'Hilfe bitte',
      contact_preference: 'phone',
      phone: '0231 555 0199',
      consent: 'on',
    });
    const source = personalDataSources().find((entry) => entry.id === 'training');
    const exported = (await source?.export(test.db, company.user.id)) as { adviserRequests: unknown[] };
    expect(exported.adviserRequests).toHaveLength(1);
    await source?.erase(test.db, company.user.id);
    const request = await test.db.selectFrom('training_adviser_requests').selectAll().executeTakeFirstOrThrow();
    expect(request.requested_by).toBeNull();
    expect(request.phone).toBeNull();

    // Retention: a request done less than twelve months ago stays, one done longer ago is deleted.
    const closedAt = (monthsAgo: number) => {
      const at = new Date(now);
      at.setUTCMonth(at.getUTCMonth() - monthsAgo);
      return at;
    };
    await test.db
      .updateTable('training_adviser_requests')
      .set({ status: 'done', taken_at: closedAt(11), done_at: closedAt(11) })
      .execute();
    expect(await source?.purgeExpired?.(test.db, now)).toBe(0);
    await test.db
      .updateTable('training_adviser_requests')
      .set({ taken_at: closedAt(13), done_at: closedAt(13) })
      .execute();
    expect(await source?.purgeExpired?.(test.db, now)).toBe(1);
    expect(await requestCount()).toBe(0);
  });
});
