import type { FastifyInstance } from 'fastify';
import { rankingRoutes } from './routes.js';

export {
  rankCandidates,
  type CandidateTarget,
  type CandidateFilters,
  type RankedCandidate,
} from './rank-candidates.js';
export { rankPositions, type PositionSeeker, type RankedPosition } from './rank-positions.js';
export { explainScores } from './explain.js';

/** Ranked candidates for a position (with the company search) and ranked positions for a profile. */
export async function registerRanking(app: FastifyInstance): Promise<void> {
  await app.register(rankingRoutes, { prefix: '/:lang' });
}
export { rankingStartPage } from './start-page.js';
