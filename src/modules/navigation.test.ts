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

/** The front page: the public home page for anonymous visitors, "Mein Bereich" for a signed-in person. */
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
  '/de/suche Angebote und Projekte',
  '/de/veranstaltungen Veranstaltungen',
  '/de/beteiligung Beteiligung',
  '/de/stellen Ausbildung &amp; Praktika',
  '/de/qualitaet Qualitätsstandards',
  '/de/ausbilden Ausbilden',
  '/de/mentoring Patenschaften',
  '/de/monitoring Monitoring',
];
const SIGNED_IN_ACCOUNT = ['/de/konto Mein Konto', 'POST /de/abmelden Abmelden'];
const FOOTER_LINKS = [
  '/de/impressum Impressum',
  '/de/datenschutz Datenschutz',
  '/de/barrierefreiheit Barrierefreiheit',
  '/de/leichte-sprache Leichte Sprache',
  '/de/entwicklung/postausgang Postausgang (Entwicklung)',
];

describe('navigation: each role its own places, nothing it may not use', () => {
  it('shows an anonymous visitor the public pages, login and registration', async () => {
    const html = await pageFor(new TestClient(test.app));
    expect(navigationItems(html, 'vr-main-nav')).toEqual([
      ...PUBLIC_LINKS,
      '/de/anmelden Anmelden',
      '/de/registrieren Registrieren',
    ]);
    expect(navigationItems(html, 'vr-footer')).toEqual(FOOTER_LINKS);
  });

  it('shows an applicant the own start, profile, matches, applications and mentoring', async () => {
    const html = await pageFor(await signedIn('bewerberin@example.org', {}));
    expect(navigationItems(html, 'vr-main-nav')).toEqual([
      ...PUBLIC_LINKS,
      '/de/mein-bereich Mein Bereich',
      '/de/profil Mein Profil',
      '/de/profil/passende-stellen Passende Stellen',
      '/de/bewerbungen Meine Bewerbungen',
      '/de/organisation/neu Organisation eintragen',
      ...SIGNED_IN_ACCOUNT,
    ]);
    expect(navigationItems(html, 'vr-footer')).toEqual(FOOTER_LINKS);
  });

  it("shows a verified provider's member the organisation and its own entries, no applicant places", async () => {
    const html = await pageFor(
      await signedIn('traegerin@example.org', {
        organisation: { type: 'provider', verified_at: new Date() },
        role: 'member',
      }),
    );
    expect(navigationItems(html, 'vr-main-nav')).toEqual([
      ...PUBLIC_LINKS,
      '/de/mein-bereich Mein Bereich',
      '/de/organisation Meine Organisation',
      '/de/organisation/eintraege Unsere Einträge',
      ...SIGNED_IN_ACCOUNT,
    ]);
  });

  it("shows a verified company's member its positions and organisation, but no entries and no review", async () => {
    const html = await pageFor(
      await signedIn('firma@example.org', {
        organisation: { type: 'company', verified_at: new Date() },
        role: 'member',
      }),
    );
    expect(navigationItems(html, 'vr-main-nav')).toEqual([
      ...PUBLIC_LINKS,
      '/de/mein-bereich Mein Bereich',
      '/de/organisation/stellen Unsere Stellen',
      '/de/organisation Meine Organisation',
      ...SIGNED_IN_ACCOUNT,
    ]);
  });

  it('does not offer an unverified company the positions it may not create yet', async () => {
    const html = await pageFor(
      await signedIn('firma-neu@example.org', { organisation: { type: 'company', verified_at: null }, role: 'admin' }),
    );
    expect(navigationItems(html, 'vr-main-nav')).not.toContain('/de/organisation/stellen Unsere Stellen');
  });

  it('shows the coordination office the review, the mentoring coordination and the administration', async () => {
    const html = await pageFor(
      await signedIn('verwaltung@example.org', {
        organisation: { type: 'cooperation_office', verified_at: new Date() },
        role: 'admin',
      }),
    );
    expect(navigationItems(html, 'vr-main-nav')).toEqual([
      ...PUBLIC_LINKS,
      '/de/mein-bereich Mein Bereich',
      '/de/mentoring/koordination Koordination',
      '/de/organisation Meine Organisation',
      '/de/organisation/eintraege Unsere Einträge',
      '/de/verwaltung/eintraege Prüfung',
      '/de/verwaltung Plattformverwaltung',
      ...SIGNED_IN_ACCOUNT,
    ]);
  });

  it('folds the menus into a disclosure that needs no script, with the same links', async () => {
    const html = await pageFor(new TestClient(test.app));
    const narrow = html.slice(html.indexOf('<details class="vr-nav-narrow">'), html.indexOf('</details>'));
    expect(narrow).toMatch(
      /<summary class="kern-btn kern-btn--secondary vr-nav-narrow__button"><span class="kern-label">Menü<\/span><\/summary>/,
    );
    expect(navigationItems(narrow, 'vr-main-nav')).toEqual(navigationItems(html, 'vr-main-nav'));
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
      '/ar/suche',
      '/ar/veranstaltungen',
      '/ar/beteiligung',
      '/ar/stellen',
      '/ar/qualitaet',
      '/ar/ausbilden',
      '/ar/mentoring',
      '/ar/monitoring',
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
