import { describe, expect, it } from 'vitest';
import { TestClient, useTestPlatform } from '../../../../tests/setup/test-platform.js';
import { renderMarkdown } from './markdown.js';
import {
  OFFER_FORM,
  countRows,
  createOffer,
  createdId,
  memberOf,
  office,
  postFields,
  publishedOffer,
} from './test-helpers.js';

const test = useTestPlatform();

describe('catalogue entries: Markdown is rendered through a sanitiser', () => {
  it('drops scripts, HTML and javascript: links, and marks links nofollow', () => {
    const html = renderMarkdown(
      [
        '# Überschrift',
        '<script>alert(1)</script>',
        '<img src=x onerror=alert(2)>',
        '[Klick](javascript:alert(3)) [Daten](data:text/html;base64,PHNjcmlwdD4=) [Web](https://www.example.org/a?b=1) [Mail](mailto:info@example.org)',
        '<a href="https://evil.example" onclick="x()">roh</a>',
        '[kaputt](http://[::1)',
      ].join('\n\n'),
    );
    // Written HTML stays visible as text; no element, attribute or link target survives.
    expect(html).not.toMatch(/<(script|img|b)\b|<[^>]*\son\w+=|<a [^>]*href="(?!https?:|mailto:)/i);
    expect(html).toContain('<a rel="nofollow noopener">kaputt</a>');
    expect(html).toContain('<h3>Überschrift</h3>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('<a href="https://www.example.org/a?b=1" rel="nofollow noopener">Web</a>');
    expect(html).toContain('<a href="mailto:info@example.org" rel="nofollow noopener">Mail</a>');
    expect(renderMarkdown('   ')).toBe('');
  });

  it('nests the headings of a description below the h2 of the page without skipping a level', () => {
    expect(renderMarkdown('## Ablauf\n\nText\n\n#### Termine\n\nMehr')).toBe(
      '<h3>Ablauf</h3>\n<p>Text</p>\n<h4>Termine</h4>\n<p>Mehr</p>\n',
    );
    expect(renderMarkdown('# A\n\n## B\n\n### C\n\n#### D\n\n##### E')).toContain('<h6>D</h6>\n<h6>E</h6>');
  });

  it('shows a hostile description and odd contact data on a working page', async () => {
    const provider = await memberOf(test, 'redaktion@verein.example');
    const reviewer = await office(test);
    const id = await publishedOffer(test, provider.client, reviewer.client, {
      body: 'Hallo <script>alert("x")</script> <b onmouseover="x()">fett</b> [Link](javascript:alert(1)) [gut](https://www.example.org)',
    });
    // Imported data may carry addresses no form would accept; the page still renders.
    await test.db
      .updateTable('catalogue_entries')
      .set({
        title: 'Kurs </script><script>alert(1)</script>',
        website: 'htp:/kaputt',
        contact_email: 'keine adresse',
        details: JSON.stringify({ duration: 3, goals: { x: 1 } }),
      })
      .where('id', '=', id)
      .execute();
    const page = await new TestClient(test.app).get(`/de/eintraege/${id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toMatch(/<script>alert|<b\b|<[^>]*\son\w+=|href="javascript:/i);
    expect(page.body).toContain('&lt;script&gt;');
    expect(page.body).toContain('<a href="https://www.example.org" rel="nofollow noopener">gut</a>');
    expect(page.body).toContain('htp:/kaputt');
    // The title reaches the JSON-LD data block with "<" escaped, so it cannot end the element.
    expect(page.body).toContain('<script type="application/ld+json">');
    expect(page.body).toContain('Kurs \\u003c/script\\u003e');
    expect(page.body).not.toContain('</script><script>alert(1)');
    expect(page.body).not.toContain('href="htp:/kaputt"');
  });
});

describe('catalogue entries: translations', () => {
  it("shows the viewer's language, and German with a visible note where there is no translation", async () => {
    const provider = await memberOf(test, 'sprachen@migrantenverein.example');
    const reviewer = await office(test);
    const id = await createOffer(provider.client);
    const saved = await provider.client.postForm(`/de/eintraege/${id}/uebersetzungen/tr`, {
      title: 'Kültüre duyarlı başvuru eğitimi',
      summary: 'İşletmeler için iki günlük eğitim.',
      body: '',
    });
    expect(saved.statusCode).toBe(303);
    expect(
      (await provider.client.postForm(`/de/eintraege/${id}/uebersetzungen/xx`, { title: 'a', summary: 'b' }))
        .statusCode,
    ).toBe(400);
    expect(
      (await provider.client.postForm(`/de/eintraege/${id}/uebersetzungen/en`, { title: '', summary: 'b', extra: '1' }))
        .statusCode,
    ).toBe(400);
    await provider.client.postForm(`/de/eintraege/${id}/einreichen`, {});
    await reviewer.client.postForm(`/de/verwaltung/eintraege/${id}/veroeffentlichen`, {});
    const visitor = new TestClient(test.app);

    const turkish = await visitor.get(`/tr/eintraege/${id}`);
    expect(turkish.statusCode).toBe(200);
    expect(turkish.body).toContain('Kültüre duyarlı başvuru eğitimi');
    expect(turkish.body).not.toContain('class="kern-alert kern-alert--info" role="note"');
    // Without its own description the German one is shown, marked as German.
    expect(turkish.body).toMatch(/<div class="vr-entries-markdown kern-body" lang="de" dir="ltr">/);

    const arabic = await visitor.get(`/ar/eintraege/${id}`);
    expect(arabic.statusCode).toBe(200);
    expect(arabic.body).toContain('<html lang="ar" dir="rtl">');
    expect(arabic.body).toContain(`<span lang="de" dir="ltr">${OFFER_FORM.title}</span>`);
    expect(arabic.body).toContain('role="note"');

    const german = await visitor.get(`/de/eintraege/${id}`);
    expect(german.body).toContain(OFFER_FORM.title);
    expect(german.body).not.toContain('role="note"');
    const translated = await test.db
      .selectFrom('catalogue_revisions')
      .select('action')
      .where('entry_id', '=', id)
      .where('action', '=', 'translated')
      .execute();
    expect(translated).toHaveLength(1);
  });
});

describe('catalogue entries: the page words lists and ranges the way each language writes them', () => {
  // ICU's spacing, spelled out: a no-break space between an amount and the euro sign.
  const NBSP = '\u00a0';
  /** One fact of the page, its label and its whole value, as the entry page marks it up. */
  const fact = (label: string, value: string) =>
    `<dt class="kern-description-list-item__key">${label}</dt><dd class="kern-description-list-item__value">${value}</dd>`;

  /** Creates an entry through the real form (cities as ticked checkboxes), submits and publishes it. */
  async function published(
    owner: TestClient,
    reviewer: TestClient,
    slug: string,
    fields: Record<string, string | string[]>,
  ): Promise<string> {
    const id = createdId(
      await postFields(owner, `/de/eintraege/neu/${slug}`, { ...OFFER_FORM, confirmed_similar: '1', ...fields }),
    );
    expect((await owner.postForm(`/de/eintraege/${id}/einreichen`, {})).statusCode).toBe(303);
    expect((await reviewer.postForm(`/de/verwaltung/eintraege/${id}/veroeffentlichen`, {})).statusCode).toBe(303);
    return id;
  }

  it("shows the cities as a list, a project's period and a funding programme's amounts as ranges", async () => {
    const provider = await memberOf(test, 'bereiche@traeger.example');
    const reviewer = await office(test);
    const visitor = new TestClient(test.app);

    const projectId = await published(provider.client, reviewer.client, 'projekt', {
      title: 'Sprachcafé für Auszubildende im Revier',
      goals: 'Mehr Sicherheit im Berufsschulunterricht',
      project_status: 'running',
      cities: ['essen', 'bochum', 'dortmund'],
      period_from: '2026-03-01',
      period_until: '2026-03-31',
    });
    const german = await visitor.get(`/de/eintraege/${projectId}`);
    expect(german.statusCode).toBe(200);
    expect(german.body).toContain(fact('Städte', 'Essen, Bochum und Dortmund'));
    expect(german.body).toContain(fact('Laufzeit', '1.–31. März 2026'));
    const arabic = await visitor.get(`/ar/eintraege/${projectId}`);
    expect(arabic.statusCode).toBe(200);
    expect(arabic.body).toContain(fact('المدن', 'إيسن وبوخوم ودورتموند'));
    expect(arabic.body).toContain(fact('مدة المشروع', '1–31 مارس 2026'));

    const fundingId = await published(provider.client, reviewer.client, 'foerderprogramm', {
      title: 'Förderprogramm Ausbildungsbrücken',
      funder: 'Land NRW',
      purpose: 'Ausbildung stärken',
      amount_min: '5000',
      amount_max: '50000',
    });
    const funding = await visitor.get(`/de/eintraege/${fundingId}`);
    expect(funding.statusCode).toBe(200);
    expect(funding.body).toContain(fact('Fördersumme', `5.000–50.000${NBSP}€`));
  });
});

describe('catalogue entries: against Projektitis', () => {
  const PROJECT = {
    title: 'Ausbildungspatenschaften für Jugendliche mit Zuwanderungsgeschichte',
    summary: 'Ehrenamtliche Patinnen und Paten begleiten Jugendliche durch die Ausbildung und helfen bei Krisen.',
    goals: 'Weniger Ausbildungsabbrüche\nMehr Abschlüsse',
    project_status: 'running',
    fields_of_action: 'apprenticeship_support',
    cities: 'dortmund',
  };

  it('shows similar projects before saving, saves after confirmation, and lists similar projects in other cities', async () => {
    const first = await memberOf(test, 'projekt@dortmund-traeger.example');
    const reviewer = await office(test);
    const firstId = createdId(await first.client.postForm('/de/eintraege/neu/projekt', PROJECT));
    await first.client.postForm(`/de/eintraege/${firstId}/einreichen`, {});
    await reviewer.client.postForm(`/de/verwaltung/eintraege/${firstId}/veroeffentlichen`, {});

    const second = await memberOf(test, 'projekt@bochum-traeger.example');
    const nearDuplicate = {
      ...PROJECT,
      title: 'Ausbildungspatenschaften für Jugendliche mit Zuwanderungsgeschichte in Bochum',
      cities: 'bochum',
    };
    const before = await countRows(test);
    const warned = await second.client.postForm('/de/eintraege/neu/projekt', nearDuplicate);
    expect(warned.statusCode).toBe(200);
    expect(warned.body).toContain('Es gibt schon einen ähnlichen Eintrag');
    expect(warned.body).toContain(`/de/eintraege/${firstId}`);
    expect(warned.body).toContain('name="confirmed_similar" value="1"');
    expect(warned.body).toContain(nearDuplicate.title);
    expect(await countRows(test)).toEqual(before);

    const secondId = createdId(
      await second.client.postForm('/de/eintraege/neu/projekt', { ...nearDuplicate, confirmed_similar: '1' }),
    );
    await second.client.postForm(`/de/eintraege/${secondId}/einreichen`, {});
    await reviewer.client.postForm(`/de/verwaltung/eintraege/${secondId}/veroeffentlichen`, {});
    const page = await new TestClient(test.app).get(`/de/eintraege/${secondId}`);
    expect(page.body).toContain('Ähnliche Projekte in anderen Städten');
    expect(page.body).toContain(`/de/eintraege/${firstId}`);
    expect(page.body).toContain('Weniger Ausbildungsabbrüche');

    // An unrelated project raises no warning.
    const unrelated = await second.client.postForm('/de/eintraege/neu/projekt', {
      ...PROJECT,
      title: 'Elterncafé an Grundschulen',
      summary: 'Eltern treffen Lehrkräfte zum Austausch über den Übergang in die Ausbildung.',
    });
    expect(unrelated.statusCode).toBe(303);

    // Both run in Dortmund now: the coordinator view groups them.
    expect(
      (
        await postFields(second.client, `/de/eintraege/${secondId}/bearbeiten`, {
          ...nearDuplicate,
          cities: ['bochum', 'dortmund'],
        })
      ).statusCode,
    ).toBe(303);
    await reviewer.client.postForm(`/de/verwaltung/eintraege/${secondId}/veroeffentlichen`, {});
    const overlaps = await reviewer.client.get('/de/verwaltung/ueberschneidungen');
    expect(overlaps.statusCode).toBe(200);
    expect(overlaps.body).toContain('Begleitung während der Ausbildung');
    expect(overlaps.body).toContain(`/de/eintraege/${firstId}`);
    expect(overlaps.body).toContain(`/de/eintraege/${secondId}`);
  });
});

describe('catalogue entries: bad input gives 400 and writes nothing', () => {
  it('refuses unknown fields, wrong types, huge strings, invalid dates and taxonomy values', async () => {
    const provider = await memberOf(test, 'formular@traeger.example');
    const before = await countRows(test);
    const cases: [string, string, Record<string, string | string[]>, string][] = [
      ['angebot', 'unknown field', { ...OFFER_FORM, is_admin: '1' }, 'Unbekannte Felder wurden gesendet: is_admin.'],
      ['angebot', 'title twice', { ...OFFER_FORM, title: ['a', 'b'] }, 'Dieser Wert hat nicht das erwartete Format.'],
      ['angebot', '100 KB body', { ...OFFER_FORM, body: 'x'.repeat(100_000) }, 'Bitte geben Sie höchstens'],
      [
        'angebot',
        'invalid date',
        { ...OFFER_FORM, valid_until: '2026-02-30' },
        'Bitte geben Sie ein gültiges Datum ein',
      ],
      [
        'angebot',
        'until before from',
        { ...OFFER_FORM, valid_from: '2026-05-01', valid_until: '2026-04-01' },
        'Das Ende darf nicht vor dem Beginn liegen.',
      ],
      [
        'angebot',
        'unknown field of action',
        { ...OFFER_FORM, fields_of_action: ['education', 'astrology'] },
        'Bitte wählen Sie nur aus den angebotenen Möglichkeiten.',
      ],
      ['angebot', 'no city', { ...OFFER_FORM, cities: '' }, 'Bitte wählen Sie mindestens eine Möglichkeit aus.'],
      [
        'angebot',
        'unknown city',
        { ...OFFER_FORM, cities: 'köln' },
        'Bitte wählen Sie nur aus den angebotenen Möglichkeiten.',
      ],
      ['angebot', 'bad cost', { ...OFFER_FORM, cost: 'cheap' }, 'Bitte wählen Sie eine der angebotenen Möglichkeiten.'],
      [
        'angebot',
        'javascript website',
        { ...OFFER_FORM, website: 'javascript:alert(1)' },
        'Bitte geben Sie eine vollständige Internetadresse ein',
      ],
      ['angebot', 'bad phone', { ...OFFER_FORM, contact_phone: 'call me' }, 'Bitte geben Sie eine Telefonnummer'],
      ['projekt', 'no project status', { ...OFFER_FORM, goals: 'Ziel' }, 'Bitte wählen Sie den Projektstand aus.'],
      [
        'projekt',
        'unknown status',
        { ...OFFER_FORM, goals: 'Ziel', project_status: 'dreaming' },
        'Bitte wählen Sie den Projektstand aus.',
      ],
      [
        'foerderprogramm',
        'amount range',
        { ...OFFER_FORM, funder: 'Land NRW', purpose: 'Ausbildung', amount_min: '5000', amount_max: '100' },
        'Die höchste Fördersumme',
      ],
      [
        'foerderprogramm',
        'amount not a number',
        { ...OFFER_FORM, funder: 'Land NRW', purpose: 'Ausbildung', amount_min: '5.000,50' },
        'ganze Zahl',
      ],
      [
        'veranstaltung',
        'no place or link',
        { ...OFFER_FORM, starts_at: '2026-06-01T18:00' },
        'Bitte geben Sie einen Ort oder einen Online-Link an.',
      ],
      [
        'veranstaltung',
        'invalid time',
        { ...OFFER_FORM, starts_at: '2026-06-01T25:00', place_address: 'Rathaus Essen' },
        'gültiges Datum mit Uhrzeit',
      ],
      [
        'veranstaltung',
        'capacity text',
        { ...OFFER_FORM, starts_at: '2026-06-01T18:00', place_address: 'Rathaus Essen', capacity: 'viele' },
        'ganze Zahl',
      ],
      ['wissen', 'knowledge type', { ...OFFER_FORM, knowledge_type: 'rumour' }, 'Leitfaden oder eine Geschichte'],
    ];
    for (const [slug, label, fields, message] of cases) {
      const response = await postFields(provider.client, `/de/eintraege/neu/${slug}`, fields);
      expect(response.statusCode, label).toBe(400);
      expect(response.body, label).toContain(message);
    }
    expect((await provider.client.postForm('/de/eintraege/neu/horoskop', OFFER_FORM)).statusCode).toBe(404);
    expect(await countRows(test)).toEqual(before);

    // The same on the edit form: nothing changes.
    const id = await createOffer(provider.client);
    const afterCreate = await countRows(test);
    const edit = await provider.client.postForm(`/de/eintraege/${id}/bearbeiten`, {
      ...OFFER_FORM,
      valid_from: 'gestern',
    });
    expect(edit.statusCode).toBe(400);
    expect(edit.body).toContain('value="gestern"');
    expect(await countRows(test)).toEqual(afterCreate);
  });

  it('accepts every kind with its own fields', async () => {
    const provider = await memberOf(test, 'alles@traeger.example');
    const kinds: [string, Record<string, string>][] = [
      [
        'akteur',
        {
          addresses: 'Kettwiger Str. 1, 45127 Essen',
          areas_of_responsibility: 'Beratung\nVermittlung',
          languages: 'tr',
        },
      ],
      [
        'foerderprogramm',
        {
          funder: 'Land NRW',
          purpose: 'Ausbildung stärken',
          amount_min: '1000',
          amount_max: '25000',
          deadlines: '2026-09-30',
          eligibility: 'Vereine',
        },
      ],
      ['wissen', { knowledge_type: 'story' }],
      [
        'veranstaltung',
        {
          starts_at: '2026-03-29T01:30',
          ends_at: '2026-03-29T04:00',
          online_url: 'https://meet.example.org/raum',
          capacity: '40',
        },
      ],
    ];
    for (const [slug, fields] of kinds) {
      const id = createdId(await provider.client.postForm(`/de/eintraege/neu/${slug}`, { ...OFFER_FORM, ...fields }));
      const edit = await provider.client.get(`/de/eintraege/${id}/bearbeiten`);
      expect(edit.statusCode, slug).toBe(200);
      for (const value of Object.values(fields)) if (!value.includes('\n')) expect(edit.body, slug).toContain(value);
    }
    const event = await test.db
      .selectFrom('catalogue_entries')
      .select(['starts_at', 'ends_at', 'details'])
      .where('kind', '=', 'event')
      .executeTakeFirstOrThrow();
    // 01:30 on the night the clocks go forward is still winter time (UTC+1); 04:00 is summer time (UTC+2).
    expect(event.starts_at?.toISOString()).toBe('2026-03-29T00:30:00.000Z');
    expect(event.ends_at?.toISOString()).toBe('2026-03-29T02:00:00.000Z');
    expect(event.details).toEqual({ online_url: 'https://meet.example.org/raum', capacity: 40 });
    const funding = await test.db
      .selectFrom('catalogue_entries')
      .select('details')
      .where('kind', '=', 'funding')
      .executeTakeFirstOrThrow();
    expect(funding.details).toMatchObject({ amount_min: 1000, amount_max: 25000, deadlines: ['2026-09-30'] });
    // One actor profile per organisation.
    const second = await provider.client.postForm('/de/eintraege/neu/akteur', OFFER_FORM);
    expect(second.statusCode).toBe(409);
    expect(second.body).toContain('Ihre Organisation hat schon ein Akteursprofil');
  });
});
