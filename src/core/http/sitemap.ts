import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { LOCALE_CODES, type LocaleCode } from '../i18n/locales.js';
import { parseInput } from '../validation.js';
import { AppError } from '../errors.js';
import { href } from './page-context.js';
import type { AppServices } from './types.js';

/** One public page for search engines: its address without the language, and the languages its content exists in. */
export interface SitemapPage {
  /** The path after the language prefix, e.g. "/eintraege/…" or "/" for the home page. */
  path: string;
  /** The languages the page's content is written in; a page whose text exists in German only lists just 'de'. */
  languages: readonly LocaleCode[];
  lastModified?: Date | null;
}

/** A module's public pages (PlatformModule.sitemap): static pages and every published record that has a page. */
export type SitemapSource = (services: AppServices) => Promise<readonly SitemapPage[]>;

/** Every language: for pages whose whole text comes from the translated catalogues. */
export const ALL_LANGUAGES: readonly LocaleCode[] = LOCALE_CODES;

/** The sitemaps protocol allows 50,000 addresses per file; past that /sitemap.xml becomes an index of files. */
export const SITEMAP_URL_LIMIT = 50_000;

/**
 * What crawlers are asked to leave alone: personal areas, sign-in and account pages, forms that create
 * something, organisations' and the office's work pages, and the API's non-public parts. `*` stands for the
 * language prefix (every major crawler reads the wildcard). Open data under /api/v1 stays allowed.
 */
export const PRIVATE_PATHS = [
  '/*/mein-bereich',
  '/*/konto',
  '/*/anmelden',
  '/*/registrieren',
  '/*/passwort-',
  '/*/einladung',
  '/*/benachrichtigungen',
  '/*/verwaltung',
  '/*/organisation',
  '/*/profil',
  '/*/bewerbungen',
  '/*/firma/',
  '/*/mentoring',
  '/*/suche/gespeichert',
  '/*/veranstaltungen/meine',
  '/*/veranstaltungen/*/teilnehmende',
  '/*/eintraege/neu',
  '/*/*/bearbeiten',
  '/*/stellen/neu',
  '/*/stellen/*/kandidaten',
  '/*/stellen/*/talente',
  '/*/monitoring/intern',
  '/*/monitoring/import',
  '/*/qualitaet/selbstcheck',
  '/*/qualitaet/pruefungen',
  '/*/beteiligung/meine-beitraege',
  '/*/beteiligung/foren/neu',
  '/*/beteiligung/foren/*/abstimmen',
  '/*/beteiligung/foren/*/anmelden',
  '/*/dev/',
  '/api/v1/matching/',
] as const;

export function robotsTxt(baseUrl: string): string {
  return [
    'User-agent: *',
    ...PRIVATE_PATHS.map((path) => `Disallow: ${path}`),
    '',
    `Sitemap: ${new URL('/sitemap.xml', baseUrl).href}`,
    '',
  ].join('\n');
}

function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** One <url> per page and language, each naming all the page's languages (and German as x-default) as alternates. */
export function sitemapUrls(baseUrl: string, pages: readonly SitemapPage[]): string[] {
  const urls: string[] = [];
  for (const page of pages) {
    const languages = LOCALE_CODES.filter((code) => page.languages.includes(code));
    if (languages.length === 0) continue;
    const address = (code: string) => escapeXml(new URL(href(code, page.path), baseUrl).href);
    const alternates =
      languages.length > 1
        ? [
            ...languages.map((code) => `<xhtml:link rel="alternate" hreflang="${code}" href="${address(code)}"/>`),
            `<xhtml:link rel="alternate" hreflang="x-default" href="${address(languages.includes('de') ? 'de' : (languages[0] ?? 'de'))}"/>`,
          ].join('')
        : '';
    const lastModified = page.lastModified ? `<lastmod>${page.lastModified.toISOString()}</lastmod>` : '';
    for (const code of languages) urls.push(`<url><loc>${address(code)}</loc>${lastModified}${alternates}</url>`);
  }
  return urls;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';

export function urlSet(urls: readonly string[]): string {
  return `${XML_HEAD}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}

export function sitemapIndex(baseUrl: string, files: number): string {
  const entries = Array.from(
    { length: files },
    (_, index) => `<sitemap><loc>${escapeXml(new URL(`/sitemaps/${index + 1}.xml`, baseUrl).href)}</loc></sitemap>`,
  );
  return `${XML_HEAD}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</sitemapindex>\n`;
}

const SitemapFileParams = z
  .object({
    file: z
      .string()
      .regex(/^[1-9]\d{0,3}\.xml$/)
      .transform((file) => Number.parseInt(file, 10)),
  })
  .strict();

/**
 * /robots.txt and /sitemap.xml (decision 030): the sitemap lists every public page the modules name, in each
 * language its content really exists in, with the others as alternates; more than SITEMAP_URL_LIMIT addresses
 * make /sitemap.xml an index of /sitemaps/<n>.xml. Both are public and cacheable and set no cookie.
 */
export function installSitemap(
  app: FastifyInstance,
  sources: readonly SitemapSource[],
  limit: number = SITEMAP_URL_LIMIT,
): void {
  const { config } = app.services;
  const cacheable = { 'cache-control': 'public, max-age=3600' };
  const allUrls = async () => {
    const pages = (await Promise.all(sources.map((source) => source(app.services)))).flat();
    return sitemapUrls(config.baseUrl, pages);
  };
  app.get('/robots.txt', { schema: { hide: true } }, async (_request, reply) =>
    reply.type('text/plain; charset=utf-8').headers(cacheable).send(robotsTxt(config.baseUrl)),
  );
  app.get('/sitemap.xml', { schema: { hide: true } }, async (_request, reply) => {
    const urls = await allUrls();
    const body = urls.length > limit ? sitemapIndex(config.baseUrl, Math.ceil(urls.length / limit)) : urlSet(urls);
    return reply.type('application/xml; charset=utf-8').headers(cacheable).send(body);
  });
  app.get('/sitemaps/:file', { schema: { hide: true } }, async (request, reply) => {
    const { file: n } = parseInput(SitemapFileParams, request.params);
    const urls = await allUrls();
    const part = urls.slice((n - 1) * limit, n * limit);
    if (urls.length <= limit || part.length === 0) throw new AppError('not_found');
    return reply.type('application/xml; charset=utf-8').headers(cacheable).send(urlSet(part));
  });
}
