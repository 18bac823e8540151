import type { FastifyInstance } from 'fastify';
import { isLocale } from '../i18n/locales.js';
import { AppError } from '../errors.js';

/** Pages live under /:lang; an unknown language prefix is a 404, not a page in German. */
export function requireLocalePrefix(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    const { lang } = request.params as { lang?: string };
    if (!isLocale(lang)) throw new AppError('not_found');
  });
}
