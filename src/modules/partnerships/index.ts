import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { PlatformModule } from '../../core/modules/platform-module.js';
import { migrations } from './migrations/index.js';
import { partnershipsPersonalData } from './personal-data.js';
import { partnershipRoutes } from './routes.js';
import { partnershipsStartPage } from './start-page.js';

/**
 * School–company partnerships (Bildungspartnerschaften, decision 035): schools publish what they seek,
 * companies what they offer, both see ranked matches with distances, agree activities with dates, review
 * them yearly, and — with both sides' consent — appear on the public list per city.
 */
async function registerPartnerships(app: FastifyInstance): Promise<void> {
  await app.register(partnershipRoutes, { prefix: '/:lang' });
}

export const partnershipsModule: PlatformModule = {
  name: 'partnerships',
  register: registerPartnerships,
  messages: fileURLToPath(new URL('messages', import.meta.url)),
  migrations,
  navigation: [
    {
      area: 'training',
      path: '/bildungspartnerschaften',
      labelKey: 'partnerships.nav.label',
      descriptionKey: 'partnerships.nav.description',
      order: 20,
    },
  ],
  startPage: partnershipsStartPage,
  personalData: [partnershipsPersonalData],
};

/** What the demo seed writes: the fixed list of activity kinds and the shape of a listing. */
export { ACTIVITY_KINDS, type ActivityKind, type ListingSide } from './tables.js';
