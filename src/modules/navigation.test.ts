import { describe, expect, it } from 'vitest';
import { createUser } from '../seed/factories.js';
import { TestClient, useTestPlatform } from '../../tests/setup/test-platform.js';
import { signedInClient } from '../../tests/setup/sign-in.js';

const test = useTestPlatform();

/** The links (href, or the action of a one-button form) and their labels inside one <nav>, in page order. */
function navigationItems(html: string, cssClass: string): string[] {
  const start = html.indexOf(`class="${cssClass}"`);
  expect(start, `no navigation with class ${cssClass}`).toBeGreaterThan(-1);
  const nav = html.slice(start, html.indexOf('</nav>', start));
  return [
    ...nav.matchAll(
      /<a [^>]*href="([^"]+)"[^>]*>([^<]*)<\/a>|<form [^>]*action="([^"]+)"[\s\S]*?<button[^>]*>\s*<span[^>]*>([^<]*)</g,
    ),
  ].map((match) => (match[1] ? `${match[1]} ${match[2]}` : `POST ${match[3]} ${match[4]}`));
}

async function pageFor(client: TestClient): Promise<string> {
  const response = await client.get('/de/');
  expect(response.statusCode).toBe(200);
  return response.body;
}

async function signedIn(email: string, overrides: Parameters<typeof createUser>[1]): Promise<TestClient> {
  await createUser(test.db, { email, ...overrides });
  return signedInClient(test, email);
}

const PUBLIC_LINKS = [
  '/de/ Startseite',
  '/de/suche Angebote und Projekte',
  '/de/stellen Ausbildung &amp; Praktika',
  '/de/mentoring Patenschaften',
];
const FOOTER_LINKS = [
  '/de/impressum Impressum',
  '/de/datenschutz Datenschutz',
  '/de/barrierefreiheit Barrierefreiheit',
  '/de/leichte-sprache Leichte Sprache',
  '/de/entwicklung/postausgang Postausgang (Entwicklung)',
];

describe('navigation: the same links in the same order for every kind of visitor', () => {
  it('shows an anonymous visitor the public pages, login and registration', async () => {
    const html = await pageFor(new TestClient(test.app));
    expect(navigationItems(html, 'vr-main-nav')).toEqual([
      ...PUBLIC_LINKS,
      '/de/anmelden Anmelden',
      '/de/registrieren Registrieren',
    ]);
    expect(navigationItems(html, 'vr-footer')).toEqual(FOOTER_LINKS);
  });

  it('offers a user without organisation to register one', async () => {
    const html = await pageFor(await signedIn('ohne.organisation@example.org', {}));
    expect(navigationItems(html, 'vr-main-nav')).toEqual([
      ...PUBLIC_LINKS,
      '/de/organisation/neu Organisation eintragen',
      '/de/konto Mein Konto',
      'POST /de/abmelden Abmelden',
    ]);
    expect(navigationItems(html, 'vr-footer')).toEqual(FOOTER_LINKS);
  });

  it("shows a verified provider's member the organisation and its own entries", async () => {
    const html = await pageFor(
      await signedIn('traegerin@example.org', {
        organisation: { type: 'provider', verified_at: new Date() },
        role: 'member',
      }),
    );
    expect(navigationItems(html, 'vr-main-nav')).toEqual([
      ...PUBLIC_LINKS,
      '/de/organisation Meine Organisation',
      '/de/organisation/eintraege Unsere Einträge',
      '/de/konto Mein Konto',
      'POST /de/abmelden Abmelden',
    ]);
  });

  it("shows a company's member the organisation but no entries of its own", async () => {
    const html = await pageFor(
      await signedIn('firma@example.org', {
        organisation: { type: 'company', verified_at: new Date() },
        role: 'member',
      }),
    );
    expect(navigationItems(html, 'vr-main-nav')).toEqual([
      ...PUBLIC_LINKS,
      '/de/organisation Meine Organisation',
      '/de/konto Mein Konto',
      'POST /de/abmelden Abmelden',
    ]);
  });

  it('shows a platform admin the administration as well', async () => {
    const html = await pageFor(
      await signedIn('verwaltung@example.org', {
        organisation: { type: 'cooperation_office', verified_at: new Date() },
        role: 'admin',
      }),
    );
    expect(navigationItems(html, 'vr-main-nav')).toEqual([
      ...PUBLIC_LINKS,
      '/de/organisation Meine Organisation',
      '/de/organisation/eintraege Unsere Einträge',
      '/de/verwaltung Plattformverwaltung',
      '/de/konto Mein Konto',
      'POST /de/abmelden Abmelden',
    ]);
  });

  it('links into the current language, except the Leichte Sprache text which is German by definition', async () => {
    const { body } = await new TestClient(test.app).get('/ar/');
    const hrefs = navigationItems(body, 'vr-footer').map((item) => item.split(' ')[0]);
    expect(hrefs).toEqual([
      '/ar/impressum',
      '/ar/datenschutz',
      '/ar/barrierefreiheit',
      '/de/leichte-sprache',
      '/ar/entwicklung/postausgang',
    ]);
    expect(body).toContain('<a class="kern-link" href="/de/leichte-sprache" hreflang="de" lang="de">');
    expect(navigationItems(body, 'vr-main-nav').map((item) => item.split(' ')[0])).toEqual([
      '/ar/',
      '/ar/suche',
      '/ar/stellen',
      '/ar/mentoring',
      '/ar/anmelden',
      '/ar/registrieren',
    ]);
  });

  it('marks the current page in the main navigation', async () => {
    const { body } = await new TestClient(test.app).get('/de/suche');
    expect(body).toMatch(/<a class="kern-link" href="\/de\/suche" aria-current="page">/);
    expect(body).not.toMatch(/href="\/de\/stellen" aria-current/);
  });
});
