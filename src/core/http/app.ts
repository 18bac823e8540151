import Fastify, { type FastifyInstance } from 'fastify';
import helmet from '@fastify/helmet';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import { serializerCompiler } from 'fastify-type-provider-zod';
import { validatorCompiler } from '../validation.js';
import { ANONYMOUS } from '../auth/actor.js';
import { authenticate } from '../auth/sessions.js';
import { LIMITS } from '../limits.js';
import { negotiateLocale, isLocale, type LocaleCode } from '../i18n/locales.js';
import { getTranslator } from '../i18n/translator.js';
import { installAdmission } from './admission.js';
import { installSharedCacheGuard } from './shared-cache.js';
import { installCsrf } from './csrf.js';
import { installSubmissionKeys } from './submissions.js';
import { refuseWritesWhileDiskLow } from './write-guard.js';
import { sessionCookieName, setSessionCookie } from './session-cookie.js';
import { installUploads } from './uploads.js';
import { helmetOptions } from './security-headers.js';
import type { NavigationEntry } from '../modules/navigation.js';
import type { StartPages } from '../modules/start-page.js';
import { createRateLimitStore } from './rate-limit-store.js';
import { parseUrlEncoded } from './urlencoded.js';
import { installErrorHandling } from './error-handling.js';
import { installStaticAssets, isStaticFile } from './static-assets.js';
import { installSecurityTxt } from './security-txt.js';
import { installSitemap, type SitemapSource } from './sitemap.js';
import { describeOperation, openApiDocument } from './openapi.js';
import { renderPage } from './render.js';
import type { AppServices } from './types.js';
import './types.js';
import { days } from '../time/durations.js';

export const LOCALE_COOKIE = 'vr_lang';
const FLASH_COOKIE = 'vr_flash';

export interface BuildAppOptions {
  services: AppServices;
  /** Route registrations (the modules' and core's own), each a Fastify plugin; registered after the core pipeline. */
  modules: readonly ((app: FastifyInstance) => Promise<void>)[];
  /** Every menu entry of core and the modules; each page's layout shows those its visitor may see. */
  navigation?: readonly NavigationEntry[];
  /** The modules' contributions to "Mein Bereich" and the home page (core/modules/start-page.ts). */
  startPages?: StartPages;
  /** The modules' public pages for /sitemap.xml (core/http/sitemap.ts). */
  sitemap?: readonly SitemapSource[];
  logger?: boolean;
}

function localeFromUrl(url: string): LocaleCode | null {
  const match = /^\/([a-z]{2})(?:[/?]|$)/.exec(url);
  return match && isLocale(match[1]) ? match[1] : null;
}

/**
 * The pipeline every request takes: parse (with limits) → identify language → authenticate
 * (session) → CSRF check → route (validate, authorise, use-case, present) → error handling.
 */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { config } = options.services;
  const app = Fastify({
    logger: options.logger ? { level: config.isProduction ? 'info' : 'warn' } : false,
    bodyLimit: LIMITS.bodyBytes,
    // A hop count trusts that many proxies in front of the app (nearest first), as proxy-addr counts them.
    trustProxy:
      typeof config.trustProxy === 'number'
        ? (_address: string, hop: number) => hop < (config.trustProxy as number)
        : config.trustProxy,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200, querystringParser: parseUrlEncoded },
    // A request the app cannot finish in time (a stalled database) is answered with a 503, not left hanging.
    handlerTimeout: config.requestDeadlineMs,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('services', options.services);
  app.decorate('navigation', options.navigation ?? []);
  app.decorate('startPages', options.startPages ?? { sections: [], figures: [], lists: [] });
  // Reference-type decorations start empty and are set per request in the hooks below.
  app.decorateRequest('actor', null as never);
  app.decorateRequest('i18n', null as never);
  app.decorateRequest('csrfToken', '');
  app.decorateRequest('flash', null);
  app.decorateReply('renderPage', function (page, renderOptions) {
    return renderPage(this.request, this, page, renderOptions);
  });
  app.decorateReply('setFlash', function (kind, key) {
    return this.setCookie(FLASH_COOKIE, `${kind}:${key}`, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: config.isProduction,
    });
  });

  await app.register(helmet, helmetOptions(config.isProduction));
  await app.register(cookie);
  await app.register(formbody, { parser: parseUrlEncoded });
  await installUploads(app);
  await app.register(rateLimit, {
    global: false,
    // Counters in PostgreSQL: every app process counts against the same budget (decision 005).
    store: createRateLimitStore(options.services.db),
    // After body parsing, so limits can be keyed by the address a login is for.
    hook: 'preHandler',
    errorResponseBuilder: (_request, context) => ({ statusCode: 429, code: 'rate_limited', retryAfter: context.after }),
  });
  await installStaticAssets(app);
  await app.register(swagger, { openapi: openApiDocument(config), transform: describeOperation });

  app.addHook('onRequest', async (request, reply) => {
    request.actor = ANONYMOUS;
    const fromUrl = localeFromUrl(request.url);
    const fromCookie = request.cookies[LOCALE_COOKIE];
    const negotiated = negotiateLocale(request.headers['accept-language']);
    const locale = fromUrl ?? (isLocale(fromCookie) ? fromCookie : negotiated);
    request.i18n = getTranslator(locale);
    // An address without a language answers in the one the browser asks for (decision 030).
    if (!fromUrl && !isStaticFile(request.url)) reply.header('vary', 'Accept-Language, Cookie');
    // The cookie remembers a language only when it says something the browser's own wish does not: a visitor
    // reading in the language their browser asks for gets no cookie at all (decision 030).
    if (fromUrl && fromUrl !== fromCookie && (fromCookie !== undefined || fromUrl !== negotiated)) {
      reply.setCookie(LOCALE_COOKIE, fromUrl, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: config.isProduction,
        maxAge: days(365) / 1000,
      });
    }
    const flash = request.cookies[FLASH_COOKIE];
    const match = flash ? /^(success|info):([a-z0-9_.]{1,100})$/.exec(flash) : null;
    if (match && request.method === 'GET') {
      request.flash = { kind: match[1] as 'success' | 'info', key: match[2] as string };
      reply.clearCookie(FLASH_COOKIE, { path: '/' });
    }
  });
  // Between the language (a refusal is a page in it) and the first database work (the session).
  installAdmission(app, config.admission);
  app.addHook('onRequest', async (request, reply) => {
    if (isStaticFile(request.url)) return;
    // Idle and absolute timeouts; a session whose rights changed comes back renewed under a new id.
    const session = await authenticate(options.services.db, request.cookies[sessionCookieName(config)], {
      idleMs: config.sessionIdleMs,
    });
    request.actor = session.actor;
    if (session.renewed) setSessionCookie(request, reply, session.renewed);
  });
  installCsrf(app, config);
  installSharedCacheGuard(app);
  installSubmissionKeys(app);
  refuseWritesWhileDiskLow(app);
  installErrorHandling(app);

  // The bare root: a signed-in person's own language (stored with the account), else the negotiated one.
  app.get('/', { schema: { hide: true } }, async (request, reply) => {
    const { actor } = request;
    const locale = actor.kind === 'user' && isLocale(actor.locale) ? actor.locale : request.i18n.locale.code;
    return reply.redirect(`/${locale}/`);
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  installSecurityTxt(app, config);
  installSitemap(app, options.sitemap ?? []);

  for (const register of options.modules) await register(app);
  return app;
}
