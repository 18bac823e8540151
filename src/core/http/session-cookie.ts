import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE, type IssuedSession } from '../auth/sessions.js';
import type { Config } from '../config.js';
import { renewCsrfToken, securityCookieName } from './csrf.js';

/** The session cookie's name: `__Host-vr_session` in production, `vr_session` elsewhere. */
export function sessionCookieName(config: Pick<Config, 'isProduction'>): string {
  return securityCookieName(SESSION_COOKIE, config);
}

/** Sends a new session's cookie (sign-in, a renewed session) and a CSRF token bound to it. */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, session: IssuedSession): void {
  const { config } = request.server.services;
  reply.setCookie(sessionCookieName(config), session.token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: config.isProduction,
    expires: session.expiresAt,
  });
  renewCsrfToken(request, reply, session.id);
}

/** Removes the session cookie (sign-out, a deleted account) and gives the visitor a token without a session. */
export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  const { config } = request.server.services;
  reply.clearCookie(sessionCookieName(config), { path: '/', secure: config.isProduction });
  renewCsrfToken(request, reply, null);
}
