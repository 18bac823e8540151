import { describe, expect, it } from 'vitest';
import { getTranslator } from '../../core/i18n/translator.js';
import { personalDataSources } from '../../core/privacy/registry.js';
import { TestClient, useTestPlatform } from '../../../tests/setup/test-platform.js';

const test = useTestPlatform();
const PAGES = ['/impressum', '/datenschutz', '/barrierefreiheit', '/leichte-sprache'] as const;
const de = getTranslator('de');

/** The text as preact writes it into HTML. */
function escaped(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function headingLevels(html: string): number[] {
  return [...html.matchAll(/<h([1-6])[\s>]/g)].map((match) => Number(match[1]));
}

describe('legal pages', () => {
  for (const path of PAGES) {
    for (const [lang, dir] of [
      ['de', 'ltr'],
      ['ar', 'rtl'],
    ] as const) {
      it(`${lang}${path} answers 200 with lang and dir, one h1 and no skipped heading level`, async () => {
        const response = await new TestClient(test.app).get(`/${lang}${path}`);
        expect(response.statusCode).toBe(200);
        expect(response.headers['content-type']).toContain('text/html');
        expect(response.body).toContain(`<html lang="${lang}" dir="${dir}">`);
        const levels = headingLevels(response.body.slice(response.body.indexOf('<main')));
        expect(levels.filter((level) => level === 1)).toHaveLength(1);
        expect(levels[0]).toBe(1);
        for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
      });
    }
  }

  it('refuses an unknown language prefix with 404', async () => {
    const response = await new TestClient(test.app).get('/xx/impressum');
    expect(response.statusCode).toBe(404);
  });

  it('names the provider, the responsible person and that this is a demonstration', async () => {
    const { body } = await new TestClient(test.app).get('/de/impressum');
    expect(body).toContain('§ 5 Digitale-Dienste-Gesetz');
    expect(body).toContain('§ 18 Absatz 2 Medienstaatsvertrag');
    expect(body).toContain('Integration.Interkommunal');
    expect(body).toContain('mailto:kontakt@vielfalt-ruhr.example');
    expect(body).toContain(escaped(de.t('legal.demo_notice.text')));
  });

  it('lists every registered personal-data source with purpose and retention in a table', async () => {
    const { body } = await new TestClient(test.app).get('/de/datenschutz');
    const sources = personalDataSources();
    expect(sources.map((source) => source.id)).toContain('accessibility_feedback');
    const table = body.slice(body.indexOf('id="personal-data-sources"'));
    expect(table).toContain(`<caption class="kern-title">${escaped(de.t('legal.privacy.sources.caption'))}</caption>`);
    for (const source of sources) {
      expect(table).toContain(`data-source="${source.id}"`);
      expect(table).toContain(escaped(de.t(source.purposeKey)));
      expect(table).toContain(escaped(de.t(source.retentionKey)));
    }
    expect(table).toMatch(/<th scope="row"/);
  });

  it('names each cookie, the supervisory authority and links to export and deletion in the account', async () => {
    const { body } = await new TestClient(test.app).get('/ar/datenschutz');
    for (const cookie of ['vr_session', 'vr_csrf', 'vr_lang', 'vr_flash']) expect(body).toContain(`>${cookie}</code>`);
    expect(body).toContain('LDI NRW');
    expect(body).toContain('href="/ar/konto"');
  });

  it('states partial compliance, the method, the enforcement body and offers the feedback form', async () => {
    const { body } = await new TestClient(test.app).get('/de/barrierefreiheit');
    expect(body).toContain('teilweise vereinbar');
    expect(body).toContain('axe-core');
    expect(body).toContain('Ombudsstelle für barrierefreie Informationstechnik des Landes Nordrhein-Westfalen');
    expect(body).toMatch(/<form method="post" action="\/de\/barrierefreiheit#feedback"/);
    expect(body).toContain('name="_csrf"');
    for (const field of ['message', 'pageUrl', 'email']) expect(body).toContain(`id="field-${field}"`);
  });

  it('shows Leichte Sprache in German, marked lang="de", under any language prefix', async () => {
    for (const lang of ['de', 'ar', 'uk']) {
      const { body, statusCode } = await new TestClient(test.app).get(`/${lang}/leichte-sprache`);
      expect(statusCode).toBe(200);
      expect(body).toMatch(/<article class="[^"]*vr-easy"[^>]*lang="de" dir="ltr"/);
      expect(body).toContain(escaped(de.t('easy.what.s1')));
      expect(body).toContain('Ausbildungs-Platz');
    }
  });
});
