import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { requireLocalePrefix } from '../../core/http/locale-scope.js';
import { HomePage } from './views/home-page.js';

export async function homeRoutes(app: FastifyInstance): Promise<void> {
  requireLocalePrefix(app);
  app.get('/', async (request, reply) => {
    const { t } = request.i18n;
    return reply.renderPage(<HomePage />, { title: t('home.title'), description: t('home.lead') });
  });
}

export async function healthRoutes(app: FastifyInstance): Promise<void> {
  app.get('/health', async (_request, reply) => {
    try {
      await sql`select 1`.execute(app.services.db);
      return reply.send({ status: 'ok' });
    } catch {
      return reply.status(503).send({ status: 'unavailable' });
    }
  });
}
