import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { parseHTML } from 'linkedom';
import { loadConfig } from '../../src/core/config.js';
import { startPlatform, type Platform } from '../../src/platform.js';
import { generateDemoData } from '../../src/seed/demo.js';
import { getTestDatabase, resetTestDatabase } from '../setup/test-db.js';
import { TestClient } from '../setup/test-platform.js';
import { signedInClient } from '../setup/sign-in.js';

/**
 * What search engines, browsers and calendar programs read from the demo platform (issue 15, decision 030):
 * valid HTML on a representative set of pages, the calendar link on every event page, robots.txt and the
 * sitemap, head tags, and no cookie where none is needed. The demo data is loaded once for the whole file;
 * it runs against the PostgreSQL server only (the file name says so), to keep the suite's time.
 */
let platform: Platform;
beforeAll(async () => {
  const database = await getTestDatabase();
  await resetTestDatabase(database);
  platform = await startPlatform({
    config: loadConfig({ NODE_ENV: 'test', DATA_DIR: 'memory://', BASE_URL: 'http://localhost:3000' }),
    database,
    jobPollingSeconds: 60,
  });
  await generateDemoData(platform.database.db, { scale: 1 });
}, 300_000);
afterAll(async () => {
  await platform?.close();
});

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Our files are served from our own origin under hashed names; SRI protects third-party files.
    'require-sri': 'off',
    // Preact writes void elements as <meta/> and the doctype in lower case: both are valid HTML.
    'void-style': 'off',
    'doctype-style': 'off',
    // DataTable gives table parts their roles on purpose: on a phone CSS shows rows as cards, which would drop them.
    'no-redundant-role': 'off',
    // The menus exist twice under one name (wide header, narrow disclosure); CSS displays only one of them.
    'unique-landmark': 'off',
    // Telephone numbers are shown as their owners wrote them.
    'tel-non-breaking': 'off',
    // A title holds the record's own name (a position, an entry): advice for search results, not an HTML error.
    'long-title': 'off',
    // A group of checkboxes shares one name, as HTML intends.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
});

/**
 * The one conformance rule html-validate does not check: a required single-choice select must offer an empty
 * first choice (the placeholder label option, HTML § 4.10.7), else `required` can never fail.
 */
function selectPlaceholderErrors(html: string): string[] {
  const { document } = parseHTML(html);
  return [...document.querySelectorAll('select[required]')]
    .filter((select) => !select.hasAttribute('multiple') && Number(select.getAttribute('size') ?? 1) <= 1)
    .filter((select) => select.querySelector('option')?.getAttribute('value') !== '')
    .map((select) => `select "${select.getAttribute('name') ?? ''}" is required without an empty first option`);
}

async function htmlErrors(html: string, name: string): Promise<string[]> {
  const report = await validator.validateString(html, name);
  const messages = report.results.flatMap((result) =>
    result.messages
      .filter((message) => message.severity === 2)
      .map((message) => `${message.ruleId} (line ${message.line}): ${message.message}`),
  );
  return [...messages, ...selectPlaceholderErrors(html)];
}

/** The started platform in the shape the shared sign-in helper takes. */
const testPlatform = () => ({ platform, app: platform.app, db: platform.database.db });

async function idOf(query: Promise<{ id: string } | undefined>): Promise<string> {
  const row = await query;
  if (!row) throw new Error('the demo data lacks a record this test needs');
  return row.id;
}

describe('HTML validity', () => {
  it('finds no HTML errors on a representative set of pages, anonymous and signed in', async () => {
    const db = platform.database.db;
    const published = db
      .selectFrom('catalogue_entries')
      .where('status', '=', 'published')
      .where('hidden_at', 'is', null);
    const offer = await idOf(published.select('id').where('kind', '=', 'offer').orderBy('id').executeTakeFirst());
    const event = await idOf(published.select('id').where('kind', '=', 'event').orderBy('id').executeTakeFirst());
    const translated = await idOf(
      published
        .select('id')
        .where((eb) => eb.exists(eb.selectFrom('catalogue_translations as tr').whereRef('tr.entry_id', '=', 'id')))
        .orderBy('id')
        .executeTakeFirst(),
    );
    const position = await idOf(
      db.selectFrom('positions').select('id').where('status', '=', 'published').orderBy('id').executeTakeFirst(),
    );
    const story = await idOf(
      db.selectFrom('participation_stories').select('id').where('status', '=', 'published').executeTakeFirst(),
    );
    const anonymous = new TestClient(platform.app);
    const pages: Record<string, { client: TestClient; url: string }> = {};
    const visit = (client: TestClient, ...urls: string[]) => {
      for (const url of urls) pages[url] = { client, url };
    };
    visit(
      anonymous,
      '/de/',
      '/ar/',
      '/de/suche?q=Ausbildung',
      `/de/eintraege/${offer}`,
      `/de/eintraege/${event}`,
      `/ar/eintraege/${translated}`,
      '/de/veranstaltungen',
      '/de/stellen',
      `/de/stellen/${position}`,
      '/de/anmelden',
      '/de/registrieren',
      '/de/monitoring',
      '/de/monitoring/indikatoren',
      '/de/beteiligung',
      `/de/beteiligung/geschichten/${story}`,
      '/de/qualitaet',
      '/de/ausbilden',
      '/ar/ausbilden',
      '/de/barrierefreiheit',
    );
    visit(await signedInClient(testPlatform(), 'firma@unternehmen.vielfalt-ruhr.example'), '/de/stellen/neu');
    visit(
      await signedInClient(testPlatform(), 'bewerbung@jugend.vielfalt-ruhr.example'),
      '/de/profil',
      `/de/bewerbungen/neu/${position}`,
    );
    visit(await signedInClient(testPlatform(), 'schule@schule.vielfalt-ruhr.example'), '/de/qualitaet');
    const problems: Record<string, string[]> = {};
    for (const { client, url } of Object.values(pages)) {
      const response = await client.get(url);
      expect(response.statusCode, url).toBe(200);
      const errors = await htmlErrors(response.body, url);
      if (errors.length) problems[url] = errors;
    }
    // A form shown again with a message per field.
    const withErrors = await new TestClient(platform.app).postForm('/de/registrieren', { email: 'kein-at' });
    expect(withErrors.statusCode).toBe(400);
    const formErrors = await htmlErrors(withErrors.body, 'registration with errors');
    if (formErrors.length) problems['POST /de/registrieren'] = formErrors;
    expect(problems).toEqual({});
  }, 180_000);
});

describe('calendar', () => {
  it('links every public event page of the demo data to its iCalendar file', async () => {
    const events = await platform.database.db
      .selectFrom('catalogue_entries')
      .select('id')
      .where('kind', '=', 'event')
      .where('status', '=', 'published')
      .where('hidden_at', 'is', null)
      .execute();
    expect(events.length).toBeGreaterThan(10);
    const client = new TestClient(platform.app);
    for (const { id } of events) {
      const page = await client.get(`/de/eintraege/${id}`);
      const { document } = parseHTML(page.body);
      const link = [...document.querySelectorAll('a')].find(
        (anchor) => anchor.getAttribute('href') === `/api/v1/catalogue/events/${id}/ics`,
      );
      expect(link?.textContent, id).toBe('In Kalender eintragen');
      const file = await client.get(`/api/v1/catalogue/events/${id}/ics`);
      expect(file.headers['content-type'], id).toBe('text/calendar; charset=utf-8');
    }
  }, 120_000);
});

describe('search engines', () => {
  it('advertises an entry only in the languages it has: sitemap, hreflang and canonical', async () => {
    const db = platform.database.db;
    const translated = await db
      .selectFrom('catalogue_translations')
      .select(['entry_id', 'locale'])
      .orderBy('entry_id')
      .execute();
    const untranslated = await idOf(
      db
        .selectFrom('catalogue_entries as e')
        .select('e.id')
        .where('e.status', '=', 'published')
        .where('e.hidden_at', 'is', null)
        .where((eb) =>
          eb.not(eb.exists(eb.selectFrom('catalogue_translations as tr').whereRef('tr.entry_id', '=', 'e.id'))),
        )
        .orderBy('e.id')
        .executeTakeFirst(),
    );
    const client = new TestClient(platform.app);
    const sitemap = await client.get('/sitemap.xml');
    expect(sitemap.headers['content-type']).toBe('application/xml; charset=utf-8');
    const { document } = parseHTML(sitemap.body.replace(/^<\?xml[^>]*>/, ''));
    const urls = [...document.querySelectorAll('url')];
    const locs = urls.map((url) => url.querySelector('loc')?.textContent ?? '');
    const base = 'http://localhost:3000';
    for (const page of ['/de/', '/ar/', '/de/veranstaltungen', '/uk/suche', '/de/monitoring'])
      expect(locs).toContain(`${base}${page}`);
    expect(locs).toContain(`${base}/de/eintraege/${untranslated}`);
    // A verified company's public profile, in German only (companies write it in German).
    const company = await idOf(
      db
        .selectFrom('organisations')
        .select('id')
        .where('type', '=', 'company')
        .where('verified_at', 'is not', null)
        .orderBy('id')
        .executeTakeFirst(),
    );
    expect(locs).toContain(`${base}/de/firmen/${company}`);
    expect(locs).not.toContain(`${base}/ar/firmen/${company}`);
    expect(locs).not.toContain(`${base}/ar/eintraege/${untranslated}`);
    const alone = urls.find((url) => url.querySelector('loc')?.textContent === `${base}/de/eintraege/${untranslated}`);
    expect(alone?.querySelectorAll('xhtml\\:link, link').length).toBe(0);
    const first = translated[0];
    if (!first) throw new Error('the demo data has no translated entry');
    const languages = ['de', ...translated.filter((row) => row.entry_id === first.entry_id).map((row) => row.locale)];
    const entryUrl = urls.find(
      (url) => url.querySelector('loc')?.textContent === `${base}/de/eintraege/${first.entry_id}`,
    );
    const alternates = [...(entryUrl?.querySelectorAll('xhtml\\:link, link') ?? [])].map((link) =>
      link.getAttribute('hreflang'),
    );
    expect(alternates.sort()).toEqual([...languages, 'x-default'].sort());

    // The page itself: an untranslated entry read in Arabic names the German page as canonical and no Arabic one.
    const arabic = parseHTML((await client.get(`/ar/eintraege/${untranslated}`)).body).document;
    expect(arabic.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      `${base}/de/eintraege/${untranslated}`,
    );
    expect(arabic.querySelectorAll('link[rel="alternate"][hreflang]').length).toBe(0);
    expect(arabic.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe(
      `${base}/de/eintraege/${untranslated}`,
    );
    const home = parseHTML((await client.get('/ar/')).body).document;
    expect(home.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${base}/ar/`);
    expect(
      [...home.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => link.getAttribute('hreflang')),
    ).toEqual(['de', 'en', 'tr', 'ar', 'pl', 'ru', 'uk', 'x-default']);
    for (const property of ['og:title', 'og:url', 'og:locale', 'og:site_name', 'og:type'])
      expect(home.querySelector(`meta[property="${property}"]`)?.getAttribute('content'), property).toBeTruthy();
    expect(home.querySelector('meta[property="og:locale"]')?.getAttribute('content')).toBe('ar_AR');
    expect(home.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe('summary');
  }, 60_000);

  it('serves robots.txt that keeps crawlers out of private areas and names the sitemap', async () => {
    const robots = await new TestClient(platform.app).get('/robots.txt');
    expect(robots.headers['content-type']).toBe('text/plain; charset=utf-8');
    const lines = robots.body.split('\n');
    for (const path of ['/*/mein-bereich', '/*/anmelden', '/*/konto', '/*/verwaltung', '/api/v1/matching/'])
      expect(lines).toContain(`Disallow: ${path}`);
    expect(lines).not.toContain('Disallow: /api/');
    expect(lines).toContain('Sitemap: http://localhost:3000/sitemap.xml');
  });
});

describe('cookies', () => {
  it('sets no cookie on open data, files, robots, sitemap and pages without a form; a form brings the CSRF cookie', async () => {
    const asset = (await new TestClient(platform.app).get('/de/')).body.match(
      /href="(\/assets\/build\/[^"]+\.css)"/,
    )?.[1];
    const anonymous = [
      '/de/',
      '/de/veranstaltungen',
      '/de/monitoring',
      '/api/v1/catalogue/events.ics',
      '/api/v1/catalogue/hsds/services',
      '/robots.txt',
      '/sitemap.xml',
      asset ?? '/assets/missing.css',
    ];
    for (const url of anonymous) {
      const response = await platform.app.inject({ url, headers: { 'accept-language': 'de-DE,de;q=0.9' } });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['set-cookie'], url).toBeUndefined();
    }
    // A page with a form hands out the token with its cookie, and the form can be sent with it.
    const client = new TestClient(platform.app);
    const signIn = await client.get('/de/anmelden');
    expect(signIn.cookies.map((cookie) => cookie.name)).toEqual(['vr_csrf']);
    expect(signIn.body).toContain(`name="_csrf" value="${client.csrfToken ?? ''}"`);
    const posted = await client.postForm('/de/anmelden', {
      email: 'niemand@beispiel.example',
      password: 'falsch-falsch',
    });
    expect(posted.statusCode).not.toBe(403);
    // The language is remembered only when it is not what the browser asks for anyway; `/` says it varies.
    const arabic = await platform.app.inject({ url: '/ar/', headers: { 'accept-language': 'de-DE' } });
    expect(arabic.cookies.map((cookie) => `${cookie.name}=${cookie.value}`)).toEqual(['vr_lang=ar']);
    const root = await platform.app.inject({ url: '/', headers: { 'accept-language': 'tr' } });
    expect(root.headers.location).toBe('/tr/');
    expect(root.headers.vary).toContain('Accept-Language');
    expect(root.headers['set-cookie']).toBeUndefined();
  });
});
