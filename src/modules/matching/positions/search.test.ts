import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createUser } from '../../../seed/factories.js';
import { signedInClient } from '../../../../tests/setup/sign-in.js';
import { TestClient, useTestPlatform } from '../../../../tests/setup/test-platform.js';
import {
  insertApplicantProfile,
  insertOpenPositions,
  type OpenPositionSpec,
} from '../../../../tests/fixtures/search/positions.js';
import { occupationsMatching, searchPositions } from './use-cases/search-positions.js';

const test = useTestPlatform();

const publish = (specs: OpenPositionSpec[]) => insertOpenPositions(test.db, specs);

const anonymous = () => new TestClient(test.app);
const positionLinks = (body: string) => [...body.matchAll(/href="\/de\/stellen\/([0-9a-f-]{36})"/g)].map((m) => m[1]);

describe('position search', () => {
  it('finds occupation names and synonyms, and reads a city in the text as a removable filter', async () => {
    const [kfzEssen, mechaBochum, office] = await publish([
      { title: 'Ausbildung im Autohaus', occupation: 'kraftfahrzeugmechatroniker', city: 'essen', postcode: '45127' },
      { title: 'Ausbildung in der Instandhaltung', occupation: 'mechatroniker', city: 'bochum', postcode: '44787' },
      { title: 'Ausbildung im Büro', city: 'essen', postcode: '45127' },
    ]);
    expect(occupationsMatching('Kraftfahrzeug')).toEqual(['kraftfahrzeugmechatroniker']);
    expect(occupationsMatching('Kfz')).toEqual([]);

    const kfz = await anonymous().get('/de/stellen?q=Kfz');
    expect(kfz.statusCode).toBe(200);
    expect(positionLinks(kfz.body)).toEqual([kfzEssen]);

    const essen = await anonymous().get('/de/stellen?q=Ausbildung+Mechatroniker+Essen');
    expect(positionLinks(essen.body)).toEqual([kfzEssen]);
    expect(essen.body).toContain('Gefiltert nach Ort: Essen');
    expect(essen.body).toContain('href="/de/stellen?q=Ausbildung+Mechatroniker"');
    const everywhere = await anonymous().get('/de/stellen?q=Ausbildung+Mechatroniker');
    expect(positionLinks(everywhere.body).sort()).toEqual([kfzEssen, mechaBochum].sort());
    expect(positionLinks(everywhere.body)).not.toContain(office);

    // The female form finds the same occupation (synonym list).
    expect(positionLinks((await anonymous().get('/de/stellen?q=Mechatronikerin')).body).sort()).toEqual(
      [kfzEssen, mechaBochum].sort(),
    );
  });

  it('shows the best partial match and names the word left out', async () => {
    const [id] = await publish([
      { title: 'Ausbildung im Autohaus', occupation: 'kraftfahrzeugmechatroniker', city: 'essen', postcode: '45127' },
    ]);
    const page = await anonymous().get('/de/stellen?q=Kfz+Raumfahrt');
    expect(positionLinks(page.body)).toEqual([id]);
    expect(page.body).toContain('Gezeigt werden die besten Treffer ohne „Raumfahrt“');
  });

  it('filters by kind and start date', async () => {
    const [early, late, internship] = await publish([
      { title: 'Ausbildung Lager früh', city: 'dortmund', postcode: '44135', startsOn: '2099-08-01' },
      { title: 'Ausbildung Lager spät', city: 'dortmund', postcode: '44135', startsOn: '2099-10-01' },
      { title: 'Praktikum Lager', city: 'dortmund', postcode: '44135', kind: 'internship' },
    ]);
    const later = await anonymous().get('/de/stellen?start=2099-09-01');
    expect(positionLinks(later.body)).toEqual([late]);
    const internships = await anonymous().get('/de/stellen?kind=internship');
    expect(positionLinks(internships.body)).toEqual([internship]);
    expect(positionLinks((await anonymous().get('/de/stellen?q=Lager&kind=apprenticeship')).body).sort()).toEqual(
      [early, late].sort(),
    );
  });

  it('searches within a radius across city borders, nearest first, with the distance', async () => {
    const [gelsenkirchen, essen, dortmund] = await publish([
      { title: 'Ausbildung Gelsenkirchen', city: 'gelsenkirchen', postcode: '45879' },
      { title: 'Ausbildung Essen', city: 'essen', postcode: '45127' },
      { title: 'Ausbildung Dortmund', city: 'dortmund', postcode: '44135' },
    ]);
    const distances = await sql<{ to_postcode: string; km: number }>`
      select to_postcode, km from postcode_distances where from_postcode = '45879' and to_postcode in ('45879', '45127', '44135')`.execute(
      test.db,
    );
    const km = new Map(distances.rows.map((row) => [row.to_postcode, Number(row.km)]));
    const within = [
      { id: gelsenkirchen, km: km.get('45879') ?? 0 },
      { id: essen, km: km.get('45127') ?? 0 },
      { id: dortmund, km: km.get('44135') ?? 0 },
    ]
      .filter((p) => p.km <= 15)
      .sort((a, b) => a.km - b.km);
    expect(within.map((p) => p.id)).toContain(essen);
    expect(within.map((p) => p.id)).not.toContain(dortmund);

    const page = await anonymous().get('/de/stellen?radius=15&postcode=45879');
    expect(page.statusCode).toBe(200);
    expect(positionLinks(page.body)).toEqual(within.map((p) => p.id));
    expect(page.body).toContain('Sortiert nach Entfernung');
    expect(page.body).toMatch(/[\d,]+ km entfernt/);

    // Nothing within 1 km of a postcode without positions: said so, with the nearest and the neighbouring cities.
    const none = await anonymous().get('/de/stellen?radius=5&postcode=47051');
    expect(none.statusCode).toBe(200);
    expect(none.body).toContain('Zu dieser Suche gibt es keine offene Stelle.');
    expect(none.body).toContain('Die nächstgelegenen Stellen außerhalb des Umkreises');
    expect(positionLinks(none.body).length).toBeGreaterThan(0);
    expect(none.body).toContain('In Nachbarstädten suchen');
    expect(none.body).toMatch(/href="\/de\/stellen\?city=(muelheim|oberhausen|essen)"/);
  });

  it('searches around the signed-in applicant’s own postcode, and refuses that to others', async () => {
    await publish([{ title: 'Ausbildung Gelsenkirchen', city: 'gelsenkirchen', postcode: '45879' }]);
    const applicant = await createUser(test.db);
    await insertApplicantProfile(test.db, { userId: applicant.id, pseudonym: 'Talent-Testfall', postcode: '45879' });
    const client = await signedInClient(test, applicant.email);
    const form = await client.get('/de/stellen');
    expect(form.body).toContain('name="near"');
    const mine = await client.get('/de/stellen?radius=15&near=me');
    expect(mine.statusCode).toBe(200);
    expect(mine.body).toMatch(/km entfernt/);
    expect(mine.body).not.toContain('value="45879"');

    const stranger = await anonymous().get('/de/stellen?radius=15&near=me');
    expect(stranger.statusCode).toBe(400);
    expect(stranger.body).toContain('legen Sie zuerst ein Bewerbungsprofil an');
    expect(stranger.body).not.toContain('name="near"');
  });

  it('puts positions with every word in the title first, newest first within each tier', async () => {
    const [older, newer, onlyDescribed] = await publish([
      { title: 'Ausbildung Glasapparatebauer alt', city: 'essen', postcode: '45127' },
      { title: 'Ausbildung Glasapparatebauer neu', city: 'essen', postcode: '45127' },
      {
        title: 'Ausbildung in der Werkstatt',
        description: 'Wir suchen Nachwuchs für den Glasapparatebauer-Bereich.',
        city: 'essen',
        postcode: '45127',
      },
    ]);
    // The description-only match is the newest of the three; the title matches still come first.
    await sql`update positions set published_at = now() - interval '2 days' where id = ${older}`.execute(test.db);
    await sql`update positions set published_at = now() - interval '1 day' where id = ${newer}`.execute(test.db);
    const page = await anonymous().get('/de/stellen?q=Glasapparatebauer');
    expect(positionLinks(page.body)).toEqual([newer, older, onlyDescribed]);
  });

  it('pages through both tiers as one list: every page is the slice of all matches in order', async () => {
    const specs: OpenPositionSpec[] = [];
    for (let i = 0; i < 4; i++)
      specs.push({ title: `Ausbildung Bootsbauer ${i}`, city: 'duisburg', postcode: '47051' });
    for (let i = 0; i < 3; i++)
      specs.push({
        title: `Ausbildung in der Werft ${i}`,
        description: 'Nachwuchs für den Bootsbauer-Betrieb gesucht.',
        city: 'duisburg',
        postcode: '47051',
      });
    const ids = await publish(specs);
    // Newest first within each tier: the title matches, then the description-only ones, however new.
    for (const [i, id] of ids.entries())
      await sql`update positions set published_at = now() - ${i < 4 ? 10 - i : 3 - (i - 4)} * interval '1 hour' where id = ${id}`.execute(
        test.db,
      );
    const expected = [...ids.slice(0, 4).reverse(), ...ids.slice(4).reverse()];
    const pages: string[][] = [];
    for (let page = 1; page <= 5; page++) {
      const result = await searchPositions({ db: test.db, criteria: { q: 'Bootsbauer', page }, pageSize: 2 });
      expect(result.total).toBe(7);
      pages.push(result.items.map((item) => item.id));
    }
    expect(pages).toEqual([expected.slice(0, 2), expected.slice(2, 4), expected.slice(4, 6), expected.slice(6), []]);
    await sql`delete from positions where id = any(${ids}::uuid[])`.execute(test.db);
  });

  it('counts up to 1,000 and then says "more than", in the search and in the site search group', async () => {
    const [first] = await publish([{ title: 'Ausbildung Orgelbauer', city: 'bochum', postcode: '44787' }]);
    await sql`
      insert into positions (id, organisation_id, kind, occupation_id, title, description, city, postcode, starts_on,
        places, required_certificate, languages, deadline, status, published_at)
      select gen_random_uuid(), organisation_id, kind, occupation_id, title || ' ' || n, description, city, postcode,
        starts_on, places, required_certificate, languages, deadline, status, published_at - n * interval '1 minute'
      from positions, generate_series(1, 1000) n where id = ${first}`.execute(test.db);
    const page = await anonymous().get('/de/stellen?q=Orgelbauer');
    expect(page.body).toContain('Mehr als 1.000 Angebote');
    expect(positionLinks(page.body)[0]).toBe(first);
    const site = await anonymous().get('/de/suche?q=Orgelbauer');
    expect(site.body).toContain('Mehr als 1.000 offene Stellen');
    await sql`delete from positions where title like 'Ausbildung Orgelbauer %'`.execute(test.db);
    const counted = await anonymous().get('/de/stellen?q=Orgelbauer');
    expect(counted.body).not.toContain('Mehr als');
  });

  it('answers bad input with a message at its field and 400, never a server error', async () => {
    const cases: [string, string][] = [
      ['kind=chef', 'Bitte wählen Sie einen Eintrag aus der Liste.'],
      ['occupation=astronaut', 'Bitte wählen Sie einen Eintrag aus der Liste.'],
      ['city=berlin', 'Bitte wählen Sie einen Eintrag aus der Liste.'],
      ['start=2099-13-45', 'Bitte geben Sie ein gültiges Datum ein'],
      ['radius=7&postcode=45879', 'Bitte wählen Sie einen Eintrag aus der Liste.'],
      ['radius=15', 'Bitte geben Sie die Postleitzahl an'],
      ['radius=15&postcode=123', ''],
      ['radius=15&postcode=10115', ''],
      ['page=0', 'Diese Seite gibt es nicht'],
      ['page=abc', 'Diese Seite gibt es nicht'],
      [`q=${'a'.repeat(201)}`, 'höchstens 200 Zeichen'],
      ['unknown=1', ''],
    ];
    for (const [query, message] of cases) {
      const page = await anonymous().get(`/de/stellen?${query}`);
      expect(page.statusCode, query).toBe(400);
      expect(page.body, query).toContain(message);
    }
  });
});
