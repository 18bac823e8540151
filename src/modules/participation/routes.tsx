import type { FastifyInstance } from 'fastify';
import { requireLocalePrefix } from '../../core/http/locale-scope.js';
import { awardRoutes } from './award-routes.js';
import { forumRoutes, type ForumRouteOptions } from './forum-routes.js';
import { hubRoutes } from './hub-routes.js';
import { storyRoutes } from './story-routes.js';

export type ParticipationRouteOptions = ForumRouteOptions;

/** Every participation page under /:lang: the hub, forums and voting, the award, campaigns and stories. */
export function participationRoutes(options: ParticipationRouteOptions) {
  return async (app: FastifyInstance): Promise<void> => {
    requireLocalePrefix(app);
    await app.register(hubRoutes);
    await app.register(forumRoutes(options));
    await app.register(awardRoutes);
    await app.register(storyRoutes);
  };
}
