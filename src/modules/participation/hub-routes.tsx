import type { FastifyInstance } from 'fastify';
import { getAwardCall } from './use-cases/get-award-call.js';
import { listForums } from './use-cases/list-forums.js';
import { listPublishedTexts } from './use-cases/list-texts.js';
import { HubPage } from './views/hub-page.js';

/** The participation hub: forums, the award, campaigns and stories, reached from the main menu and the home page. */
export async function hubRoutes(app: FastifyInstance): Promise<void> {
  const { services } = app;
  app.get('/beteiligung', async (request, reply) => {
    const [forums, award, texts] = await Promise.all([
      listForums({ services, actor: request.actor }),
      getAwardCall({ services, actor: request.actor }),
      listPublishedTexts({ services, locale: request.i18n.locale.code, limit: 6 }),
    ]);
    return reply.renderPage(
      <HubPage forums={forums.forums} canCreate={forums.canCreate} award={award} texts={texts} />,
      {
        title: request.i18n.t('participation.hub.title'),
        description: request.i18n.t('participation.hub.intro'),
      },
    );
  });
}
