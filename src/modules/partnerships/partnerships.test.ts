import { describe, expect, it } from 'vitest';
import { signedInClient } from '../../../tests/setup/sign-in.js';
import { TestClient, useTestPlatform } from '../../../tests/setup/test-platform.js';
import { personalDataSources } from '../../core/privacy/registry.js';
import { addDays, berlinDay } from '../../core/time/calendar-day.js';
import { generatePartnershipsData } from '../../seed/partnerships/generate.js';
import { COMPANY_LISTING, createCast, postPairs, SCHOOL_LISTING } from './test-helpers.js';

const test = useTestPlatform();

/** A page's text without the isolation marks ICU puts around inserted values. */
const plain = (html: string) => html.replace(/[\u2068\u2069]/g, '');

const inDays = (n: number) => addDays(berlinDay(), n);

/** A school's Gesuch and a company's Angebot, the school's proposal and the company's acceptance. */
async function agreedPartnership(options: { companyConsent?: boolean } = {}) {
  const cast = await createCast(test.db);
  const school = await signedInClient(test, cast.school.email);
  const company = await signedInClient(test, cast.company.email);
  expect((await postPairs(school, '/de/bildungspartnerschaften/eintrag', SCHOOL_LISTING)).statusCode).toBe(303);
  expect((await postPairs(company, '/de/bildungspartnerschaften/eintrag', COMPANY_LISTING)).statusCode).toBe(303);
  const listing = (side: 'school' | 'company') =>
    test.db.selectFrom('partnership_listings').select('id').where('side', '=', side).executeTakeFirstOrThrow();
  const schoolListing = await listing('school');
  const companyListing = await listing('company');
  const proposed = await school.postForm(
    `/de/bildungspartnerschaften/eintraege/${schoolListing.id}/vorschlag/${companyListing.id}`,
    {
      kind_1: 'workplace_visit',
      date_1: inDays(40),
      kind_2: 'internship',
      date_2: inDays(60),
      message: 'Unsere Klasse 9b möchte Ihre Backstube kennenlernen.',
      contact_name: 'Derya Schulte',
      contact_email: 'd.schulte@kortumpark.example',
      contact_phone: '0234 555123',
    },
  );
  expect(proposed.statusCode).toBe(303);
  const { id } = await test.db.selectFrom('partnerships').select('id').executeTakeFirstOrThrow();
  const accepted = await company.postForm(`/de/bildungspartnerschaften/partnerschaften/${id}/annehmen`, {
    contact_name: 'Jonas Kemnade',
    contact_email: 'ausbildung@baeckerei-kemnade.example',
    ...(options.companyConsent === false ? {} : { consent: 'on' }),
  });
  expect(accepted.statusCode).toBe(303);
  return { cast, school, company, id, schoolListing, companyListing };
}

describe('partnerships: from Gesuch and Angebot to the public list', () => {
  it('matches by activity and distance, agrees a partnership and lists it only with both consents', async () => {
    const cast = await createCast(test.db);
    const school = await signedInClient(test, cast.school.email);
    const company = await signedInClient(test, cast.company.email);
    expect((await postPairs(school, '/de/bildungspartnerschaften/eintrag', SCHOOL_LISTING)).statusCode).toBe(303);
    const published = await postPairs(company, '/de/bildungspartnerschaften/eintrag', COMPANY_LISTING);
    expect(published.statusCode).toBe(303);
    // A company whose offer shares no activity with the school's Gesuch is not suggested.
    const other = await signedInClient(test, cast.otherCompany.email);
    await postPairs(other, '/de/bildungspartnerschaften/eintrag', [
      ['activities', 'parents_evening'],
      ['pupils', '80'],
      ['months', '1'],
      ['postcode', '44791'],
    ]);
    const schoolListing = await test.db
      .selectFrom('partnership_listings')
      .select('id')
      .where('side', '=', 'school')
      .executeTakeFirstOrThrow();
    const matches = await school.get(`/de/bildungspartnerschaften/eintraege/${schoolListing.id}/passend`);
    expect(matches.statusCode).toBe(200);
    expect(matches.body).toContain('Bäckerei Kemnade GmbH');
    expect(matches.body).not.toContain('Hafenlogistik Ruhrort GmbH');
    expect(matches.body).toContain('GeoNames');
    expect(matches.body).toContain('CC BY 4.0');
    // Half the activities, both months, half the pupils, a few km: 0.4·0.5 + 0.25 + 0.15·0.5 + 0.2·(1 − km/50).
    expect(matches.body).toMatch(/Passt zu (6\d|7\d) %/);

    const companyListing = await test.db
      .selectFrom('partnership_listings')
      .select('id')
      .where('side', '=', 'company')
      .executeTakeFirstOrThrow();
    const proposalUrl = `/de/bildungspartnerschaften/eintraege/${schoolListing.id}/vorschlag/${companyListing.id}`;
    // Bad input: a kind without a date, a date in the past, a broken address — 400, and nothing is stored.
    const bad = await school.postForm(proposalUrl, {
      kind_1: 'workplace_visit',
      kind_2: 'internship',
      date_2: '2020-01-01',
      contact_name: 'Derya Schulte',
      contact_email: 'keine-adresse',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Bitte geben Sie eine gültige E-Mail-Adresse ein');
    const badRows = await school.postForm(proposalUrl, {
      kind_1: 'workplace_visit',
      kind_2: 'internship',
      date_2: '2020-01-01',
      contact_name: 'Derya Schulte',
      contact_email: 'd.schulte@kortumpark.example',
    });
    expect(badRows.statusCode).toBe(400);
    expect(badRows.body).toContain('Bitte geben Sie ein Datum für diese Aktivität ein.');
    expect(badRows.body).toContain('Bitte geben Sie ein gültiges Datum ab heute ein');
    expect(await test.db.selectFrom('partnerships').select('id').execute()).toHaveLength(0);
    expect(await test.db.selectFrom('partnership_activities').select('id').execute()).toHaveLength(0);

    expect(
      (
        await school.postForm(proposalUrl, {
          kind_1: 'workplace_visit',
          date_1: inDays(40),
          contact_name: 'Derya Schulte',
          contact_email: 'd.schulte@kortumpark.example',
          consent: 'on',
        })
      ).statusCode,
    ).toBe(303);
    const { id } = await test.db.selectFrom('partnerships').select('id').executeTakeFirstOrThrow();
    // A second proposal between the same two is refused with a message, not a second record.
    const twice = await school.postForm(proposalUrl, {
      kind_1: 'internship',
      date_1: inDays(50),
      contact_name: 'Derya Schulte',
      contact_email: 'd.schulte@kortumpark.example',
    });
    expect(twice.statusCode).toBe(409);
    expect(await test.db.selectFrom('partnerships').select('id').execute()).toHaveLength(1);

    // The company finds the proposal in Mein Bereich and accepts it; its consent is not given yet.
    const start = await company.get('/de/mein-bereich');
    expect(plain(start.body)).toContain('Vorschlag von Realschule am Kortumpark beantworten');
    const refused = await company.postForm(`/de/bildungspartnerschaften/partnerschaften/${id}/annehmen`, {
      contact_name: '',
      contact_email: 'ausbildung@baeckerei-kemnade.example',
    });
    expect(refused.statusCode).toBe(400);
    expect((await test.db.selectFrom('partnerships').select('status').executeTakeFirstOrThrow()).status).toBe(
      'proposed',
    );
    expect(
      (
        await company.postForm(`/de/bildungspartnerschaften/partnerschaften/${id}/annehmen`, {
          contact_name: 'Jonas Kemnade',
          contact_email: 'ausbildung@baeckerei-kemnade.example',
        })
      ).statusCode,
    ).toBe(303);
    const agreement = await school.get(`/de/bildungspartnerschaften/partnerschaften/${id}`);
    expect(agreement.body).toContain('Jonas Kemnade');
    expect(agreement.body).toContain('Vereinbart');

    const anonymous = new TestClient(test.app);
    const listed = async (query = '') => (await anonymous.get(`/de/bildungspartnerschaften${query}`)).body;
    expect(await listed('?stadt=bochum')).not.toContain('Bäckerei Kemnade GmbH');
    await company.postForm(`/de/bildungspartnerschaften/partnerschaften/${id}/veroeffentlichung`, { consent: 'yes' });
    const bochum = await listed('?stadt=bochum');
    expect(bochum).toContain('Bäckerei Kemnade GmbH');
    expect(bochum).toContain('Realschule am Kortumpark');
    expect(bochum).toContain('Betriebserkundung');
    expect(bochum).not.toContain('Jonas Kemnade');
    expect(bochum).not.toContain('d.schulte@kortumpark.example');
    expect(await listed('?stadt=essen')).not.toContain('Bäckerei Kemnade GmbH');
    expect((await anonymous.get('/de/bildungspartnerschaften?stadt=atlantis')).statusCode).toBe(400);

    // Withdrawn consent takes it off the list at once.
    await school.postForm(`/de/bildungspartnerschaften/partnerschaften/${id}/veroeffentlichung`, { consent: 'no' });
    expect(await listed('?stadt=bochum')).not.toContain('Bäckerei Kemnade GmbH');
  });

  it('refuses a Gesuch with bad input with a message per field and stores nothing', async () => {
    const cast = await createCast(test.db);
    const school = await signedInClient(test, cast.school.email);
    const response = await postPairs(school, '/de/bildungspartnerschaften/eintrag', [
      ['activities', 'sightseeing'],
      ['pupils', '0'],
      ['postcode', '10115'],
    ]);
    expect(response.statusCode, response.body.slice(0, 3000)).toBe(400);
    expect(response.body).toContain('Bitte wählen Sie mindestens eine Jahrgangsstufe.');
    expect(response.body).toContain('Bitte wählen Sie mindestens einen Monat.');
    expect(response.body).toContain('Bitte geben Sie eine Zahl von 1 bis 400 ein.');
    expect(response.body).toContain('Diese Postleitzahl liegt nicht in einer der sieben Städte');
    expect(await test.db.selectFrom('partnership_listings').select('id').execute()).toHaveLength(0);
  });
});

describe('partnerships: who must not do what', () => {
  it('keeps the agreement and its contacts from another school, another company, other roles and visitors', async () => {
    const { cast, id, schoolListing } = await agreedPartnership();
    const outsiders = [
      await signedInClient(test, cast.otherSchool.email),
      await signedInClient(test, cast.otherCompany.email),
      await signedInClient(test, cast.provider.email),
      await signedInClient(test, cast.applicant.email),
    ];
    const base = `/de/bildungspartnerschaften/partnerschaften/${id}`;
    for (const outsider of outsiders) {
      const page = await outsider.get(base);
      expect(page.statusCode).toBe(404);
      expect(page.body).not.toContain('Jonas Kemnade');
      expect(page.body).not.toContain('d.schulte@kortumpark.example');
      expect((await outsider.postForm(`${base}/veroeffentlichung`, { consent: 'no' })).statusCode).toBe(404);
      expect((await outsider.postForm(`${base}/beenden`, { reason: 'Fremd' })).statusCode).toBe(404);
      expect((await outsider.postForm(`${base}/rueckblick`, {})).statusCode).toBe(404);
      expect(
        (await outsider.postForm(`${base}/annehmen`, { contact_name: 'X', contact_email: 'x@y.example' })).statusCode,
      ).toBe(404);
      expect(
        (await outsider.postForm(`/de/bildungspartnerschaften/eintraege/${schoolListing.id}/schliessen`, {}))
          .statusCode,
      ).toBe(404);
    }
    // Another school cannot see the school's matches; other roles may not publish at all.
    expect(
      (await outsiders[0]!.get(`/de/bildungspartnerschaften/eintraege/${schoolListing.id}/passend`)).statusCode,
    ).toBe(404);
    for (const role of outsiders.slice(2)) {
      expect((await role.get('/de/bildungspartnerschaften/eintrag')).statusCode).toBe(403);
      expect((await role.get('/de/bildungspartnerschaften/meine')).statusCode).toBe(403);
      expect((await postPairs(role, '/de/bildungspartnerschaften/eintrag', COMPANY_LISTING)).statusCode).toBe(403);
    }
    const anonymous = new TestClient(test.app);
    const redirected = await anonymous.get(base);
    expect(redirected.statusCode).toBe(303);
    expect(redirected.headers.location).toContain('/de/anmelden');
    const anonymousEnd = await anonymous.postForm(`${base}/beenden`, { reason: 'x' });
    expect([303, 401, 403]).toContain(anonymousEnd.statusCode);
    expect((await anonymous.get(`/de/bildungspartnerschaften/eintraege/${schoolListing.id}/passend`)).statusCode).toBe(
      303,
    );
    const partnership = await test.db
      .selectFrom('partnerships')
      .select(['status', 'school_consent', 'company_consent'])
      .executeTakeFirstOrThrow();
    expect(partnership).toEqual({ status: 'active', school_consent: false, company_consent: true });
    expect(await test.db.selectFrom('partnership_reviews').select('id').execute()).toHaveLength(0);
  });

  it('lets only the side that received the proposal answer it', async () => {
    const cast = await createCast(test.db);
    const school = await signedInClient(test, cast.school.email);
    const company = await signedInClient(test, cast.company.email);
    await postPairs(school, '/de/bildungspartnerschaften/eintrag', SCHOOL_LISTING);
    await postPairs(company, '/de/bildungspartnerschaften/eintrag', COMPANY_LISTING);
    const [schoolListing, companyListing] = await Promise.all(
      (['school', 'company'] as const).map((side) =>
        test.db.selectFrom('partnership_listings').select('id').where('side', '=', side).executeTakeFirstOrThrow(),
      ),
    );
    await company.postForm(
      `/de/bildungspartnerschaften/eintraege/${companyListing!.id}/vorschlag/${schoolListing!.id}`,
      {
        kind_1: 'workplace_visit',
        date_1: inDays(30),
        contact_name: 'Jonas Kemnade',
        contact_email: 'ausbildung@baeckerei-kemnade.example',
      },
    );
    const { id } = await test.db.selectFrom('partnerships').select('id').executeTakeFirstOrThrow();
    const own = await company.postForm(`/de/bildungspartnerschaften/partnerschaften/${id}/annehmen`, {
      contact_name: 'Jonas Kemnade',
      contact_email: 'ausbildung@baeckerei-kemnade.example',
    });
    expect(own.statusCode).toBe(403);
    const empty = await school.postForm(`/de/bildungspartnerschaften/partnerschaften/${id}/ablehnen`, { reason: '' });
    expect(empty.statusCode).toBe(400);
    expect(
      (
        await school.postForm(`/de/bildungspartnerschaften/partnerschaften/${id}/ablehnen`, {
          reason: 'Unsere Klassen sind dieses Jahr schon versorgt.',
        })
      ).statusCode,
    ).toBe(303);
    const declined = await test.db
      .selectFrom('partnerships')
      .select(['status', 'decline_reason', 'company_contact_name'])
      .executeTakeFirstOrThrow();
    expect(declined).toEqual({
      status: 'declined',
      decline_reason: 'Unsere Klassen sind dieses Jahr schon versorgt.',
      company_contact_name: null,
    });
  });
});

describe('partnerships: yearly review and the end', () => {
  it('records both sides’ reviews, moves the due date a year on, and ending removes contacts and listing', async () => {
    const { school, company, id } = await agreedPartnership();
    const dueBefore = addDays(berlinDay(), -1);
    await test.db.updateTable('partnerships').set({ review_due_on: dueBefore }).where('id', '=', id).execute();
    expect(plain((await school.get('/de/mein-bereich')).body)).toContain(
      'Jahresrückblick mit Bäckerei Kemnade GmbH festhalten',
    );
    const activities = await test.db
      .selectFrom('partnership_activities')
      .select(['id', 'kind'])
      .where('partnership_id', '=', id)
      .orderBy('position')
      .execute();
    const url = `/de/bildungspartnerschaften/partnerschaften/${id}/rueckblick`;
    const bad = await school.postForm(url, {
      [`took_place_${activities[0]!.id}`]: 'yes',
      [`pupils_${activities[0]!.id}`]: 'viele',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Bitte geben Sie an, ob die Aktivität stattgefunden hat.');
    expect(bad.body).toContain('Bitte geben Sie eine Zahl von 0 bis 400 ein');
    expect(await test.db.selectFrom('partnership_reviews').select('id').execute()).toHaveLength(0);
    const answers = (tookPlace: string) =>
      Object.fromEntries(
        activities.flatMap((activity) => [
          [`took_place_${activity.id}`, activity.kind === 'internship' ? 'no' : tookPlace],
          [`pupils_${activity.id}`, activity.kind === 'internship' ? '' : '22'],
          [`note_${activity.id}`, activity.kind === 'internship' ? 'Wegen Krankheit verschoben.' : ''],
        ]),
      );
    expect((await school.postForm(url, answers('yes'))).statusCode).toBe(303);
    const after = await test.db.selectFrom('partnerships').select('review_due_on').executeTakeFirstOrThrow();
    expect(after.review_due_on).not.toBeNull();
    expect(plain((await school.get('/de/mein-bereich')).body)).not.toContain(
      'Jahresrückblick mit Bäckerei Kemnade GmbH festhalten',
    );
    expect((await company.postForm(url, answers('yes'))).statusCode).toBe(303);
    const moved = await test.db
      .selectFrom('partnerships')
      .select((eb) => eb.cast<string>('review_due_on', 'text').as('due'))
      .executeTakeFirstOrThrow();
    expect(moved.due).toBe(`${Number(dueBefore.slice(0, 4)) + 1}${dueBefore.slice(4)}`);
    const page = await company.get(`/de/bildungspartnerschaften/partnerschaften/${id}`);
    expect(page.body).toContain('Wegen Krankheit verschoben.');

    await school.postForm(`/de/bildungspartnerschaften/partnerschaften/${id}/veroeffentlichung`, { consent: 'yes' });
    expect((await new TestClient(test.app).get('/de/bildungspartnerschaften')).body).toContain('Bäckerei Kemnade GmbH');
    const noReason = await company.postForm(`/de/bildungspartnerschaften/partnerschaften/${id}/beenden`, {
      reason: '',
    });
    expect(noReason.statusCode).toBe(400);
    expect(
      (
        await company.postForm(`/de/bildungspartnerschaften/partnerschaften/${id}/beenden`, {
          reason: 'Die Backstube wird umgebaut.',
        })
      ).statusCode,
    ).toBe(303);
    const ended = await test.db
      .selectFrom('partnerships')
      .select(['status', 'school_contact_email', 'company_contact_name', 'school_consent', 'review_due_on'])
      .executeTakeFirstOrThrow();
    expect(ended).toEqual({
      status: 'ended',
      school_contact_email: null,
      company_contact_name: null,
      school_consent: false,
      review_due_on: null,
    });
    expect((await new TestClient(test.app).get('/de/bildungspartnerschaften')).body).not.toContain(
      'Bäckerei Kemnade GmbH',
    );
    expect(await test.db.selectFrom('partnership_reviews').select('id').execute()).toHaveLength(4);
    expect((await school.postForm(url, answers('yes'))).statusCode).toBe(409);
  });
});

describe('partnerships: demo data and personal data', () => {
  it('lists the two consented demo partnerships per city and not the one without the company’s consent', async () => {
    const summary = await generatePartnershipsData(test.db, { seed: 'vielfalt-ruhr' });
    expect(summary).toEqual({ listings: 9, partnerships: 3 });
    const anonymous = new TestClient(test.app);
    const all = plain((await anonymous.get('/de/bildungspartnerschaften')).body);
    expect(all).toContain('2 Partnerschaften');
    expect(all).not.toContain('Mareike Brandt');
    expect((await anonymous.get('/de/bildungspartnerschaften?stadt=bochum')).body).toContain('Bäckerei Hustadtkorn');
    expect((await anonymous.get('/de/bildungspartnerschaften?stadt=duisburg')).body).toContain(
      'Rheinkai Logistik GmbH',
    );
    const essen = (await anonymous.get('/de/bildungspartnerschaften?stadt=essen')).body;
    expect(essen).not.toContain('Stadtwerkstatt Borbeck Kfz GmbH');
    expect(essen).not.toContain('Gesamtschule Borbeck-Nord');
  });

  it('exports and erases what a person entered, and purges ended partnerships after three years', async () => {
    const { cast, id } = await agreedPartnership();
    const source = personalDataSources().find((candidate) => candidate.id === 'partnerships')!;
    const exported = (await source.export(test.db, cast.company.id)) as { contactsNamed: unknown[] };
    expect(exported.contactsNamed).toHaveLength(1);
    // The company's contact is somebody else; the school's contact is the deleted person's own address.
    await test.db
      .updateTable('partnerships')
      .set({ school_contact_email: cast.school.email })
      .where('id', '=', id)
      .execute();
    await source.erase(test.db, cast.school.id);
    await source.erase(test.db, cast.company.id);
    const erased = await test.db
      .selectFrom('partnerships')
      .select(['school_contact_email', 'school_contact_by', 'company_contact_name', 'company_contact_by'])
      .executeTakeFirstOrThrow();
    expect(erased).toEqual({
      school_contact_email: null,
      school_contact_by: null,
      company_contact_name: 'Jonas Kemnade',
      company_contact_by: null,
    });
    const longAgo = new Date(Date.now() - 4 * 365 * 86_400_000);
    await test.db
      .updateTable('partnerships')
      .set({ status: 'ended', ended_at: longAgo, review_due_on: null })
      .where('id', '=', id)
      .execute();
    expect(await source.purgeExpired!(test.db, new Date())).toBe(1);
    expect(await test.db.selectFrom('partnership_activities').select('id').execute()).toHaveLength(0);
  });
});
