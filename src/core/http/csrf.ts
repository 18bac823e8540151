import type { FastifyInstance } from 'fastify';
import { generateToken, safeEqual } from '../auth/tokens.js';
import { AppError } from '../errors.js';

export const CSRF_COOKIE = 'vr_csrf';
export const CSRF_FIELD = '_csrf';
export const CSRF_HEADER = 'x-csrf-token';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Double-submit protection: an HttpOnly cookie holds a random token and every state-changing
 * request must repeat it in the form field `_csrf` or the `x-csrf-token` header. Another site
 * can neither read the cookie nor, with SameSite=Lax, send it along.
 */
export function installCsrf(app: FastifyInstance, options: { secure: boolean }): void {
  app.addHook('onRequest', async (request, reply) => {
    const existing = request.cookies[CSRF_COOKIE];
    if (existing && /^[A-Za-z0-9_-]{43}$/.test(existing)) {
      request.csrfToken = existing;
      return;
    }
    request.csrfToken = generateToken();
    reply.setCookie(CSRF_COOKIE, request.csrfToken, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: options.secure,
    });
  });

  app.addHook('preValidation', async (request) => {
    if (!UNSAFE_METHODS.has(request.method)) return;
    const cookieToken = request.cookies[CSRF_COOKIE];
    const body = request.body as Record<string, unknown> | undefined;
    const sent = request.headers[CSRF_HEADER] ?? (body && typeof body === 'object' ? body[CSRF_FIELD] : undefined);
    if (!cookieToken || typeof sent !== 'string' || !safeEqual(sent, cookieToken)) {
      throw new AppError('csrf_failed', { messageKey: 'errors.csrf_failed' });
    }
  });
}
