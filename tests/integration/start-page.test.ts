import { describe, expect, it } from 'vitest';
import { createUser } from '../../src/seed/factories.js';
import { signedInClient } from '../setup/sign-in.js';
import { TestClient, useTestPlatform, type TestPlatform } from '../setup/test-platform.js';
import { createApplicant, insertPosition } from '../../src/modules/matching/applications/test-helpers.js';

const test = useTestPlatform();

async function startPage(client: TestClient, lang = 'de'): Promise<string> {
  const response = await client.get(`/${lang}/mein-bereich`);
  expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
  return response.body;
}

/** The figure shown beside a line of the start page that leads to `path` and reads `label`. */
function figure(html: string, path: string, label: string): number | null {
  const escaped = path.replace(/[/.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(
    `href="/de${escaped}"><span class="vr-start-item__label">${label}</span><span class="vr-start-item__count">(\\d+)</span>`,
  );
  const match = pattern.exec(html);
  return match ? Number(match[1]) : null;
}

async function member(
  email: string,
  type: 'company' | 'provider' | 'municipality' | 'cooperation_office',
  name: string,
) {
  const user = await createUser(test.db, {
    email,
    organisation: { type, verified_at: new Date(), name },
    role: 'admin',
  });
  return { organisationId: user.organisation?.id ?? '', client: await signedInClient(test, email) };
}

async function insertApplication(
  t: TestPlatform,
  options: { positionId: string; organisationId: string; title: string; profileId: string; status: string },
) {
  await t.db
    .insertInto('applications')
    .values({
      position_id: options.positionId,
      profile_id: options.profileId,
      organisation_id: options.organisationId,
      position_title: options.title,
      pseudonym: `Talent-${Math.random().toString(36).slice(2, 6)}`,
      qualifications: JSON.stringify({}),
      status: options.status,
    } as never)
    .execute();
}

async function insertEntry(organisationId: string, status: string, title: string, kind = 'offer') {
  await test.db
    .insertInto('catalogue_entries')
    .values({
      kind,
      organisation_id: organisationId,
      status,
      title,
      summary: `${title}: eine kurze Beschreibung.`,
      published_at: status === 'published' ? new Date() : null,
    } as never)
    .execute();
}

describe('Mein Bereich: each role sees its own counts and nothing of another organisation', () => {
  it('sends an anonymous visitor to sign in, with the way back', async () => {
    const response = await new TestClient(test.app).get('/de/mein-bereich');
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/de/anmelden?next=%2Fde%2Fmein-bereich');
  });

  it('shows a company its own applications per position, not those of another company', async () => {
    const own = await member('firma@zeche.example', 'company', 'Zechenring Beispiel GmbH');
    const other = await member('firma@hafen.example', 'company', 'Hafenkante Beispiel UG');
    const ownPosition = await insertPosition(test.db, {
      organisationId: own.organisationId,
      title: 'Ausbildung Mechatronik',
    });
    const otherPosition = await insertPosition(test.db, {
      organisationId: other.organisationId,
      title: 'Lager Geheimtitel',
    });
    for (const status of ['submitted', 'submitted', 'in_review']) {
      const applicant = await createApplicant(test.db);
      await insertApplication(test, {
        ...ownPosition,
        positionId: ownPosition.id,
        profileId: applicant.profileId,
        status,
      });
    }
    const stranger = await createApplicant(test.db);
    await insertApplication(test, {
      ...otherPosition,
      positionId: otherPosition.id,
      profileId: stranger.profileId,
      status: 'submitted',
    });

    const html = await startPage(own.client);
    expect(figure(html, '/organisation/stellen', 'Neue Bewerbungen')).toBe(2);
    expect(
      figure(
        html,
        `/firma/stellen/${ownPosition.id}/bewerbungen`,
        '\u2068Ausbildung Mechatronik\u2069: offene Bewerbungen \\(neu: 2\\)',
      ),
    ).toBe(3);
    expect(figure(html, '/organisation/stellen', 'Veröffentlicht')).toBe(1);
    expect(html).toContain(`/de/stellen/${ownPosition.id}/kandidaten`);
    // Names and titles keep their own direction inside the sentence (Unicode isolates, as <bdi>).
    expect(html).toContain('\u2068Zechenring Beispiel GmbH\u2069: geprüft');
    expect(html).not.toContain('Lager Geheimtitel');
    expect(html).not.toContain(otherPosition.id);
    // Nothing of the applicant's places on a company's page.
    expect(html).not.toContain('Meine Bewerbungen</h2>');

    const theirs = await startPage(other.client);
    expect(figure(theirs, '/organisation/stellen', 'Neue Bewerbungen')).toBe(1);
    expect(theirs).not.toContain('Ausbildung Mechatronik');
  });

  it('shows an applicant the profile, invitations waiting for consent and the applications by status', async () => {
    const applicant = await createApplicant(test.db, { email: 'mira@mail.example' });
    const position = await insertPosition(test.db, { title: 'Ausbildung Elektronik' });
    const second = await insertPosition(test.db, { title: 'Praktikum Lager' });
    await insertApplication(test, {
      ...position,
      positionId: position.id,
      profileId: applicant.profileId,
      status: 'invited',
    });
    await insertApplication(test, {
      ...second,
      positionId: second.id,
      profileId: applicant.profileId,
      status: 'submitted',
    });
    const someoneElse = await createApplicant(test.db);
    await insertApplication(test, {
      ...position,
      positionId: position.id,
      profileId: someoneElse.profileId,
      status: 'declined',
    });

    const html = await startPage(await signedInClient(test, 'mira@mail.example'));
    expect(figure(html, '/bewerbungen', 'Einladungen: Ihre Einwilligung wird erwartet')).toBe(1);
    expect(figure(html, '/bewerbungen', 'Eingereicht')).toBe(1);
    expect(figure(html, '/bewerbungen', 'Abgesagt')).toBeNull();
    expect(html).toMatch(/Profil zu \d+ % vollständig/);
    // The invitation is repeated under "Zuerst erledigen".
    const todo = html.slice(html.indexOf('id="start-todo"'), html.indexOf('vr-start__sections'));
    expect(todo).toContain('Einladungen: Ihre Einwilligung wird erwartet');
    // No company's, provider's or office's blocks.
    expect(html).not.toContain('Unsere Stellen</h2>');
    expect(html).not.toContain('Meine Einträge</h2>');
    expect(html).not.toContain('Prüfung und Koordination</h2>');
  });

  it('shows an applicant without a profile the first step', async () => {
    await createUser(test.db, { email: 'neu@mail.example' });
    const html = await startPage(await signedInClient(test, 'neu@mail.example'));
    expect(html).toContain('Legen Sie Ihr Profil an, damit Betriebe Sie finden können.');
    expect(html).toContain('Sobald Ihr Profil steht, zeigen wir Ihnen passende Stellen.');
    expect(html).toContain('Sie haben sich noch nicht beworben.');
  });

  it('shows a provider its own entries by review state, not those of another provider', async () => {
    const own = await member('team@lichtschacht.example', 'provider', 'Bildungswerk Beispiel e. V.');
    const other = await member('team@anderer.example', 'provider', 'Anderer Träger e. V.');
    await insertEntry(own.organisationId, 'draft', 'Sprachcafé');
    await insertEntry(own.organisationId, 'in_review', 'Bewerbungstraining');
    await insertEntry(own.organisationId, 'published', 'Elternlotsen');
    await insertEntry(own.organisationId, 'published', 'Lernpaten');
    await insertEntry(other.organisationId, 'draft', 'Fremder Entwurf');
    await insertEntry(other.organisationId, 'draft', 'Zweiter fremder Entwurf');

    const html = await startPage(own.client);
    expect(figure(html, '/organisation/eintraege', 'Entwürfe')).toBe(1);
    expect(figure(html, '/organisation/eintraege', 'In Prüfung')).toBe(1);
    expect(figure(html, '/organisation/eintraege', 'Veröffentlicht')).toBe(2);
    expect(html).toContain('Ihre Organisation hat keine kommende Veranstaltung.');
    expect(html).not.toContain('Fremder Entwurf');
    expect(html).not.toContain('Prüfung und Koordination</h2>');
    expect(html).not.toContain('Vermittlung (Mentoring-Koordination)</h2>');
  });

  it('shows the coordination office the review queue and the mediation desk; a city office gets its own entries only', async () => {
    const office = await member(
      'pruefung@koordinierung.example',
      'cooperation_office',
      'Koordinierungsstelle Beispiel',
    );
    const provider = await member('team@traeger.example', 'provider', 'Träger Beispiel');
    await insertEntry(provider.organisationId, 'in_review', 'Wartet auf Prüfung');
    await insertEntry(provider.organisationId, 'in_review', 'Wartet auch');

    const html = await startPage(office.client);
    expect(figure(html, '/verwaltung/eintraege', 'Einträge warten auf Prüfung')).toBe(2);
    expect(html).toContain('Vermittlung (Mentoring-Koordination)</h2>');
    expect(html).toContain('Gerade wartet keine Anfrage auf Vermittlung.');
    expect(html).toContain('Keine Organisation wartet auf Prüfung.');
    expect(html).toContain('In den letzten 30 Tagen kam keine Rückmeldung.');

    const city = await member('verwaltung@stadt.example', 'municipality', 'Stadt Beispiel');
    await insertEntry(city.organisationId, 'published', 'Anonymisierte Bewerbung');
    const cityHtml = await startPage(city.client);
    expect(figure(cityHtml, '/organisation/eintraege', 'Veröffentlicht')).toBe(1);
    expect(cityHtml).not.toContain('Einträge warten auf Prüfung');
    expect(cityHtml).not.toContain('Vermittlung (Mentoring-Koordination)</h2>');
  });

  it('answers in Arabic, right to left, with the same figures', async () => {
    await createApplicant(test.db, { email: 'amal@mail.example' });
    const html = await startPage(await signedInClient(test, 'amal@mail.example'), 'ar');
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('مساحتي');
  });
});

describe('accessibility feedback: the office reads it, nobody else', () => {
  it("counts the recent feedback on the office's start page and lists it; others get 403, anonymous visitors sign in", async () => {
    await test.db
      .insertInto('accessibility_feedback')
      .values([
        {
          message: 'Der Kontrast der Filter ist zu schwach.',
          page_url: '/de/suche',
          contact_email: 'leser@mail.example',
          locale: 'de',
        },
        {
          message: 'Alte Rückmeldung',
          page_url: null,
          contact_email: null,
          locale: 'ar',
          created_at: new Date('2020-01-01'),
        },
      ] as never)
      .execute();
    const office = await member(
      'pruefung@koordinierung.example',
      'cooperation_office',
      'Koordinierungsstelle Beispiel',
    );
    expect(
      figure(await startPage(office.client), '/verwaltung/rueckmeldungen', 'Rückmeldungen der letzten 30 Tage'),
    ).toBe(1);
    const list = await office.client.get('/de/verwaltung/rueckmeldungen');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('Der Kontrast der Filter ist zu schwach.');
    expect(list.body).toContain('Alte Rückmeldung');
    expect(list.body).toContain('mailto:leser@mail.example');

    const city = await member('verwaltung@stadt.example', 'municipality', 'Stadt Beispiel');
    expect(await startPage(city.client)).not.toContain('Rückmeldungen zur Barrierefreiheit');
    const refused = await city.client.get('/de/verwaltung/rueckmeldungen');
    expect(refused.statusCode).toBe(403);
    expect(refused.body).not.toContain('Der Kontrast der Filter');

    const anonymous = await new TestClient(test.app).get('/de/verwaltung/rueckmeldungen');
    expect(anonymous.statusCode).toBe(303);
    expect(anonymous.body).not.toContain('Der Kontrast der Filter');
  });
});

describe('home page: live figures from the database, the seven cities, a signed-in person sees their own start', () => {
  it('counts open positions and published offers as they are', async () => {
    const company = await member('firma@zahlen.example', 'company', 'Zahlen GmbH');
    await insertPosition(test.db, { organisationId: company.organisationId, title: 'Offen eins' });
    await insertPosition(test.db, { organisationId: company.organisationId, title: 'Offen zwei' });
    await insertPosition(test.db, { organisationId: company.organisationId, title: 'Entwurf', status: 'draft' });
    await insertPosition(test.db, {
      organisationId: company.organisationId,
      title: 'Abgelaufen',
      deadline: '2020-01-01',
    });
    const provider = await member('team@zahlen.example', 'provider', 'Zahlen e. V.');
    await insertEntry(provider.organisationId, 'published', 'Neues Angebot Beispiel');
    await insertEntry(provider.organisationId, 'draft', 'Nicht öffentlich');

    const { body, statusCode } = await new TestClient(test.app).get('/de/');
    expect(statusCode).toBe(200);
    expect(body).toMatch(
      /href="\/de\/stellen"><span class="vr-figure__count">2<\/span><span class="vr-figure__label">Offene Ausbildungs- und Praktikumsplätze/,
    );
    expect(body).toMatch(/<span class="vr-figure__count">1<\/span><span class="vr-figure__label">Angebote im Katalog/);
    expect(body).toContain('Neues Angebot Beispiel');
    expect(body).not.toContain('Nicht öffentlich');
    expect(body).toContain('<form method="get" action="/de/suche" role="search"');
    expect(body.match(/href="\/de\/suche\?city=[a-z]+"/g)).toHaveLength(7);

    // A signed-in person sees their own start on the front page instead of the public one.
    const response = await company.client.get('/de/');
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<h1 class="kern-heading-x-large">Mein Bereich</h1>');
    expect(response.body).not.toContain('Was suchen Sie?');
  });
});
