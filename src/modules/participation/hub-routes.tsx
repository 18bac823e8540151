import type { FastifyInstance } from 'fastify';
import { listForums } from './use-cases/list-forums.js';
import { HubPage } from './views/hub-page.js';

/** The participation hub: forums, the award, campaigns and stories, reached from the main menu and the home page. */
export async function hubRoutes(app: FastifyInstance): Promise<void> {
  const { services } = app;
  app.get('/beteiligung', async (request, reply) => {
    const forums = await listForums({ services, actor: request.actor });
    return reply.renderPage(<HubPage forums={forums.forums} canCreate={forums.canCreate} />, {
      title: request.i18n.t('participation.hub.title'),
      description: request.i18n.t('participation.hub.intro'),
    });
  });
}
