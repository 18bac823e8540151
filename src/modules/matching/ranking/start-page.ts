import type { StartPageSection } from '../../../core/modules/start-page.js';
import { days } from '../../../core/time/durations.js';
import { canKeepOwnProfile } from '../profiles/index.js';
import { findPositionsForMe } from './use-cases/find-positions-for-me.js';

/** A match counts as new for this long after its position was published. */
const NEW_MATCH_DAYS = 14;

/** "Mein Bereich" block of an applicant's matches: how many positions fit, and how many are new. */
export const rankingStartPage: readonly StartPageSection[] = [
  {
    id: 'matching.matches',
    headingKey: 'matching_start.matches.heading',
    order: 25,
    isVisible: ({ actor }) => canKeepOwnProfile(actor),
    load: async ({ services, actor, now }) => {
      const results = await findPositionsForMe({ services, actor });
      const empty = {
        textKey: results === null ? 'matching_start.matches.no_profile' : 'matching_start.matches.empty',
        action:
          results === null
            ? { labelKey: 'matching_start.matches.create_profile', path: '/profil' }
            : { labelKey: 'matching_start.matches.browse', path: '/stellen' },
      };
      if (!results || results.length === 0) return { items: [], empty };
      const since = now.getTime() - days(NEW_MATCH_DAYS);
      const fresh = results.filter((result) => (result.position.published_at?.getTime() ?? 0) >= since).length;
      return {
        items: [
          ...(fresh > 0
            ? [
                {
                  labelKey: 'matching_start.matches.new',
                  count: fresh,
                  path: '/profil/passende-stellen',
                  needsAction: true,
                },
              ]
            : []),
          { labelKey: 'matching_start.matches.all', count: results.length, path: '/profil/passende-stellen' },
        ],
        empty,
      };
    },
  },
];
