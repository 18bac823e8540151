import { describe, expect, it } from 'vitest';
import { createUser } from '../../seed/factories.js';
import { TestClient, useTestPlatform } from '../../../tests/setup/test-platform.js';
import { signedInClient } from '../../../tests/setup/sign-in.js';
import { rankEntries } from './use-cases/rank-entries.js';

const test = useTestPlatform();

const NOMINATION = {
  kind: 'nomination',
  business_name: 'Anatolia Feinkost & Catering GmbH',
  city: 'gelsenkirchen',
  founded_year: '2012',
  founder_path:
    'Gegründet von zwei Schwestern, die 2009 aus Izmir kamen; erst ein Marktstand, heute ein Betrieb mit Küche.',
  jobs_created: '14',
  apprenticeships_created: '3',
  staff_commitment: 'Sprachkurse in der Arbeitszeit, feste Mentorinnen für Auszubildende.',
  business_development: 'Vom Marktstand zum Catering für Betriebe im ganzen Revier.',
  civic_engagement: 'Kocht einmal im Monat mit der Tafel im Stadtteil.',
  submitter_name: 'Jonas Beispiel',
  submitter_email: 'jonas@beispiel.example',
  consent: 'on',
};

async function office() {
  const admin = await createUser(test.db, {
    email: 'preis@koordinierung.example',
    organisation: { type: 'cooperation_office', name: 'Koordinierungsstelle', verified_at: new Date() },
    role: 'admin',
  });
  const colleague = await createUser(test.db, {
    email: 'jury.eins@koordinierung.example',
    display_name: 'Marta Jurowska',
    organisation: { id: admin.organisation?.id ?? '' },
    role: 'member',
    email_verified_at: new Date(),
  });
  await createUser(test.db, {
    email: 'jury.zwei@kammer.example',
    display_name: 'Deniz Kammer',
    email_verified_at: new Date(),
  });
  return { client: await signedInClient(test, 'preis@koordinierung.example'), colleague };
}

describe('participation: the award with blind jury scoring', () => {
  it('runs a call: nomination, eligibility, two blind jurors, a conflict, ranking and a published winner', async () => {
    const { client } = await office();
    expect(
      (
        await client.postForm('/de/beteiligung/wirtschaftspreis/verwaltung/runde', {
          year: String(new Date().getFullYear()),
          closes_on: '2099-12-31',
          call_text: 'Gesucht: Betriebe mit Geschichte.',
        })
      ).statusCode,
    ).toBe(303);

    const visitor = new TestClient(test.app);
    const bad = await visitor.postForm('/de/beteiligung/wirtschaftspreis/vorschlagen', {
      ...NOMINATION,
      jobs_created: 'viele',
      submitter_email: 'kein-at',
      consent: '',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Bitte geben Sie eine ganze Zahl ein.');
    expect(bad.body).toContain('Bitte stimmen Sie der Verarbeitung zu.');
    expect(await test.db.selectFrom('participation_award_entries').select('id').execute()).toHaveLength(0);
    expect((await visitor.postForm('/de/beteiligung/wirtschaftspreis/vorschlagen', NOMINATION)).statusCode).toBe(200);
    expect(
      (
        await visitor.postForm('/de/beteiligung/wirtschaftspreis/vorschlagen', {
          ...NOMINATION,
          business_name: 'Ruhrperle Schneiderei',
          kind: 'self',
        })
      ).statusCode,
    ).toBe(200);
    const [first, second] = await test.db
      .selectFrom('participation_award_entries')
      .select(['id', 'business_name'])
      .orderBy('created_at')
      .execute();

    for (const entry of [first, second])
      expect(
        (
          await client.postForm(`/de/beteiligung/wirtschaftspreis/verwaltung/eintraege/${entry?.id}/pruefung`, {
            decision: 'eligible',
            reason: '',
          })
        ).statusCode,
      ).toBe(303);
    for (const email of ['jury.eins@koordinierung.example', 'jury.zwei@kammer.example'])
      expect((await client.postForm('/de/beteiligung/wirtschaftspreis/verwaltung/jury', { email })).statusCode).toBe(
        303,
      );
    const unknown = await client.postForm('/de/beteiligung/wirtschaftspreis/verwaltung/jury', {
      email: 'niemand@nirgends.example',
    });
    expect(unknown.statusCode).toBe(400);
    expect((await client.postForm('/de/beteiligung/wirtschaftspreis/verwaltung/weiter', {})).statusCode).toBe(303);

    const juror1 = await signedInClient(test, 'jury.eins@koordinierung.example');
    const juror2 = await signedInClient(test, 'jury.zwei@kammer.example');
    const scores = (value: string) => ({
      founder_path: value,
      jobs: value,
      staff: value,
      development: value,
      civic: value,
    });
    expect(
      (
        await juror1.postForm(`/de/beteiligung/wirtschaftspreis/jury/${first?.id}/bewertung`, {
          ...scores('8'),
          civic: '11',
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (await juror1.postForm(`/de/beteiligung/wirtschaftspreis/jury/${first?.id}/bewertung`, scores('8'))).statusCode,
    ).toBe(303);
    // Blind: juror 2 does not see juror 1's scores before submitting their own.
    const before = await juror2.get(`/de/beteiligung/wirtschaftspreis/jury/${first?.id}`);
    expect(before.body).not.toContain('Marta Jurowska');
    expect(before.body).toContain('sobald Sie Ihre eigene abgegeben haben');
    expect(
      (await juror2.postForm(`/de/beteiligung/wirtschaftspreis/jury/${first?.id}/bewertung`, scores('6'))).statusCode,
    ).toBe(303);
    expect((await juror2.get(`/de/beteiligung/wirtschaftspreis/jury/${first?.id}`)).body).toContain('Marta Jurowska');
    // Scores are written once.
    expect(
      (await juror2.postForm(`/de/beteiligung/wirtschaftspreis/jury/${first?.id}/bewertung`, scores('9'))).statusCode,
    ).toBe(403);
    // A declared conflict excludes the juror from that entry, in the database too.
    expect((await juror2.postForm(`/de/beteiligung/wirtschaftspreis/jury/${second?.id}/befangen`, {})).statusCode).toBe(
      303,
    );
    expect(
      (await juror2.postForm(`/de/beteiligung/wirtschaftspreis/jury/${second?.id}/bewertung`, scores('10'))).statusCode,
    ).toBe(403);
    expect((await juror2.get(`/de/beteiligung/wirtschaftspreis/jury/${second?.id}`)).body).not.toContain(
      'Bewertung abgeben',
    );
    const juror2Id = (
      await test.db
        .selectFrom('users')
        .select('id')
        .where('email', '=', 'jury.zwei@kammer.example')
        .executeTakeFirstOrThrow()
    ).id;
    await expect(
      test.db
        .insertInto('participation_score_submissions')
        .values({ entry_id: second?.id ?? '', user_id: juror2Id })
        .execute(),
    ).rejects.toThrow(/conflict/);
    expect(
      (await juror1.postForm(`/de/beteiligung/wirtschaftspreis/jury/${second?.id}/bewertung`, scores('7'))).statusCode,
    ).toBe(303);

    // Ranking: mean totals 35 (first: 40 and 30) and 35 (second: 35) tie; the jobs criterion 7 vs 7 ties; founder's
    // path 7 vs 7 ties; more apprenticeship places (3 vs 3) tie: the same rank.
    const round = await test.db.selectFrom('participation_award_rounds').select('id').executeTakeFirstOrThrow();
    const tied = await rankEntries(test.db, round.id);
    expect(tied.map((row) => [row.businessName, row.rank, row.meanTotal])).toEqual([
      ['Anatolia Feinkost & Catering GmbH', 1, 35],
      ['Ruhrperle Schneiderei', 1, 35],
    ]);
    // One more point for jobs and apprenticeship places breaks the tie (rule 2), though the totals stay equal.
    await test.db
      .updateTable('participation_scores')
      .set({ score: 8 })
      .where('entry_id', '=', second?.id ?? '')
      .where('criterion', '=', 'jobs')
      .execute();
    await test.db
      .updateTable('participation_scores')
      .set({ score: 6 })
      .where('entry_id', '=', second?.id ?? '')
      .where('criterion', '=', 'civic')
      .execute();
    expect((await rankEntries(test.db, round.id)).map((row) => [row.businessName, row.rank])).toEqual([
      ['Ruhrperle Schneiderei', 1],
      ['Anatolia Feinkost & Catering GmbH', 2],
    ]);
    const managed = await client.get('/de/beteiligung/wirtschaftspreis/verwaltung');
    expect(managed.body).toContain('Rangliste der Jury');
    expect((await client.postForm('/de/beteiligung/wirtschaftspreis/verwaltung/weiter', {})).statusCode).toBe(303);
    const published = await client.postForm(
      `/de/beteiligung/wirtschaftspreis/verwaltung/eintraege/${first?.id}/preistraeger`,
      {},
    );
    expect(published.statusCode).toBe(303);
    const story = await new TestClient(test.app).get(String(published.headers.location));
    expect(story.statusCode).toBe(200);
    expect(story.body).toContain('Anatolia Feinkost &amp; Catering GmbH');
    expect(story.body).toContain('<meta property="og:title"');
    expect((await new TestClient(test.app).get('/de/beteiligung/wirtschaftspreis')).body).toContain(
      'Anatolia Feinkost',
    );
  });

  it('keeps the management and the jury from anybody else', async () => {
    const { client } = await office();
    await client.postForm('/de/beteiligung/wirtschaftspreis/verwaltung/runde', {
      year: '2026',
      closes_on: '2099-12-31',
      call_text: '',
    });
    await new TestClient(test.app).postForm('/de/beteiligung/wirtschaftspreis/vorschlagen', NOMINATION);
    const entry = await test.db.selectFrom('participation_award_entries').select('id').executeTakeFirstOrThrow();

    const anonymous = new TestClient(test.app);
    expect((await anonymous.get('/de/beteiligung/wirtschaftspreis/verwaltung')).statusCode).toBe(303);
    expect(
      (await anonymous.postForm(`/de/beteiligung/wirtschaftspreis/jury/${entry.id}/bewertung`, {})).statusCode,
    ).toBe(401);

    await createUser(test.db, { email: 'inhaber@zechenring.example', organisationType: 'company' });
    const company = await signedInClient(test, 'inhaber@zechenring.example');
    expect((await company.get('/de/beteiligung/wirtschaftspreis/verwaltung')).statusCode).toBe(403);
    expect(
      (
        await company.postForm(`/de/beteiligung/wirtschaftspreis/verwaltung/eintraege/${entry.id}/pruefung`, {
          decision: 'eligible',
          reason: '',
        })
      ).statusCode,
    ).toBe(403);
    expect((await company.get('/de/beteiligung/wirtschaftspreis/jury')).statusCode).toBe(403);
    expect((await company.get(`/de/beteiligung/wirtschaftspreis/jury/${entry.id}`)).statusCode).toBe(404);
    // A member of the office who is not on the jury does not score either.
    const notJuror = await signedInClient(test, 'jury.eins@koordinierung.example');
    expect((await notJuror.get('/de/beteiligung/wirtschaftspreis/jury')).statusCode).toBe(403);
  });
});
