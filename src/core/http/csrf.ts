import { createHmac } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { generateToken, safeEqual } from '../auth/tokens.js';
import { AppError } from '../errors.js';
import type { Config } from '../config.js';
import { isStaticFile } from './static-assets.js';

export const CSRF_COOKIE = 'vr_csrf';
export const CSRF_FIELD = '_csrf';
export const CSRF_HEADER = 'x-csrf-token';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const TOKEN_FORMAT = /^[A-Za-z0-9_-]{43}\.[A-Za-z0-9_-]{43}$/;

/**
 * A security cookie's name: in production with the `__Host-` prefix, which browsers accept only from a secure
 * origin, for the whole site and without a Domain, so neither a sibling subdomain nor plain HTTP can set it.
 */
export function securityCookieName(name: string, config: Pick<Config, 'isProduction'>): string {
  return config.isProduction ? `__Host-${name}` : name;
}

/** What a token is bound to: the session it was issued for, or "no session" before sign-in. */
function bindingOf(sessionId: string | null): string {
  return sessionId ? `session:${sessionId}` : 'anonymous';
}

function signature(secret: string, binding: string, nonce: string): string {
  return createHmac('sha256', secret).update(`csrf\n${binding}\n${nonce}`).digest('base64url');
}

/** A fresh token for the binding: a random nonce and its HMAC under the session secret. */
export function issueCsrfToken(secret: string, sessionId: string | null): string {
  const nonce = generateToken();
  return `${nonce}.${signature(secret, bindingOf(sessionId), nonce)}`;
}

/** Whether the token was issued by this platform for this session (or, without one, for "no session"). */
export function isCsrfTokenFor(secret: string, sessionId: string | null, token: string | undefined): boolean {
  if (!token || !TOKEN_FORMAT.test(token)) return false;
  const [nonce = '', mac = ''] = token.split('.');
  return safeEqual(mac, signature(secret, bindingOf(sessionId), nonce));
}

const sessionIdOf = (request: FastifyRequest): string | null =>
  request.actor.kind === 'user' ? request.actor.sessionId : null;

function setCsrfCookie(request: FastifyRequest, reply: FastifyReply): void {
  const { config } = request.server.services;
  reply.setCookie(securityCookieName(CSRF_COOKIE, config), request.csrfToken, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: config.isProduction,
  });
}

/**
 * Gives the request a token bound to the given session (after sign-in, sign-out or a renewed session) and
 * sends it as the cookie, so the next form posted, rendered or not, carries a token that fits.
 */
export function renewCsrfToken(request: FastifyRequest, reply: FastifyReply, sessionId: string | null): void {
  request.csrfToken = issueCsrfToken(request.server.services.config.sessionSecret, sessionId);
  request.sendCsrfCookie = null;
  setCsrfCookie(request, reply);
}

/**
 * The token a rendered form carries (ui/form.tsx through the page context). A visitor without a fitting
 * token cookie gets one with the first response that puts the token into a form, and only then: an open-data
 * file, a static asset or a page without a form sets no cookie (decision 030).
 */
export function csrfTokenForForm(request: FastifyRequest): string {
  request.sendCsrfCookie?.();
  request.sendCsrfCookie = null;
  return request.csrfToken;
}

/**
 * Whether a state-changing request may come from where the browser says it comes from: `Sec-Fetch-Site`
 * (sent by every current browser) must be same-origin or none (typed in, a bookmark), and an `Origin` must be
 * the platform's own (BASE_URL) or the host the request was sent to. A request that says neither (an old
 * browser, a script), or only `Origin: null`, is judged by its token alone.
 */
function isSameOrigin(request: FastifyRequest, config: Config): boolean {
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return false;
  const origin = request.headers.origin;
  // "null" says nothing: browsers send it for our own forms too, because our pages ask for no referrer
  // (Referrer-Policy: no-referrer); Sec-Fetch-Site above and the token decide then.
  if (origin === undefined || origin === 'null') return true;
  try {
    const claimed = new URL(origin).origin;
    return (
      claimed === new URL(config.baseUrl).origin || claimed === new URL(`${request.protocol}://${request.host}`).origin
    );
  } catch {
    return false;
  }
}

/**
 * CSRF protection (decision 025): a signed double-submit token bound to the session. The cookie holds a
 * nonce with its HMAC over the session id (or "no session"), every state-changing request must repeat it in
 * the form field `_csrf` or the `x-csrf-token` header, and its `Origin` / `Sec-Fetch-Site` must be our own.
 * A token from another session, a token an attacker forged without the secret, or a cross-site origin is
 * refused. Forms keep working without JavaScript: the token is a hidden field.
 */
export function installCsrf(app: FastifyInstance, config: Config): void {
  app.decorateRequest('sendCsrfCookie', null);
  const cookieName = securityCookieName(CSRF_COOKIE, config);
  // After the session is resolved (app.ts), so the token can be checked against it.
  app.addHook('onRequest', async (request, reply) => {
    // Already renewed with the session in this request; or a static file, read without the session.
    if (request.csrfToken || isStaticFile(request.url)) return;
    const existing = request.cookies[cookieName];
    if (isCsrfTokenFor(config.sessionSecret, sessionIdOf(request), existing)) {
      request.csrfToken = existing as string;
      return;
    }
    // A fresh token, sent as the cookie only if this response renders a form (csrfTokenForForm).
    request.csrfToken = issueCsrfToken(config.sessionSecret, sessionIdOf(request));
    request.sendCsrfCookie = () => setCsrfCookie(request, reply);
  });

  app.addHook('preValidation', async (request) => {
    if (!UNSAFE_METHODS.has(request.method)) return;
    const cookieToken = request.cookies[cookieName];
    const body = request.body as Record<string, unknown> | undefined;
    const sent = request.headers[CSRF_HEADER] ?? (body && typeof body === 'object' ? body[CSRF_FIELD] : undefined);
    const isValid =
      isSameOrigin(request, config) &&
      typeof sent === 'string' &&
      cookieToken !== undefined &&
      safeEqual(sent, cookieToken) &&
      isCsrfTokenFor(config.sessionSecret, sessionIdOf(request), cookieToken);
    if (!isValid) throw new AppError('csrf_failed', { messageKey: 'errors.csrf_failed' });
  });
}
