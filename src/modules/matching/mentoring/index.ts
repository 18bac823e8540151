import type { FastifyInstance } from 'fastify';
import { mentoringRoutes } from './routes.js';

export { mentoringSource } from './personal-data.js';
export { can as canOnMentoring, MENTORING_POLICY } from './policy.js';
export { checkboxes } from './schemas.js';

/** Mentorships between people and between companies, help against drop-outs, the second chance. */
export async function registerMentoring(app: FastifyInstance): Promise<void> {
  await app.register(mentoringRoutes, { prefix: '/:lang' });
}
export { mentoringStartPage, mentorsFigure } from './start-page.js';
