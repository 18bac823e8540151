import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.js';
import { days } from '../time/durations.js';

/** How far ahead the file's Expires lies: RFC 9116 recommends less than a year. */
const VALID_FOR_DAYS = 180;

/** The text of /.well-known/security.txt (RFC 9116): where to report a vulnerability, and until when this holds. */
export function securityTxt(config: Pick<Config, 'baseUrl' | 'securityContact'>, now = new Date()): string {
  const expires = new Date(now.getTime() + days(VALID_FOR_DAYS));
  expires.setUTCHours(0, 0, 0, 0);
  return [
    `Contact: ${config.securityContact}`,
    `Expires: ${expires.toISOString()}`,
    'Preferred-Languages: de, en',
    `Canonical: ${new URL('/.well-known/security.txt', config.baseUrl).href}`,
    '',
  ].join('\n');
}

/** Serves /.well-known/security.txt as plain text, outside the language prefixes. */
export function installSecurityTxt(app: FastifyInstance, config: Config): void {
  app.get('/.well-known/security.txt', { schema: { hide: true } }, async (_request, reply) =>
    reply.type('text/plain; charset=utf-8').header('cache-control', 'public, max-age=86400').send(securityTxt(config)),
  );
}
