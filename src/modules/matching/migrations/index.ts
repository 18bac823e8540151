import type { Migration } from 'kysely';
import * as m003Matching from './003-matching.js';
import * as m004Applications from './004-applications.js';
import * as m005Mentoring from './005-mentoring.js';
import * as m009MatchingTalentInvitations from './009-matching-talent-invitations.js';
import * as m010PostcodeCoordinates from './010-matching-postcode-coordinates.js';
import * as m011PositionFacts from './011-matching-position-facts.js';
import * as m012MatchingPositionSearch from './012-matching-position-search.js';
import * as m016CandidateInterests from './016-matching-candidate-interests.js';
import * as m016PositionTitleSearch from './016-matching-position-title-search.js';
import * as m021CefrLevels from './021-matching-cefr-levels.js';
import * as m023FunctionSearchPath from './023-matching-function-search-path.js';
import * as m029PositionRankingIndex from './029-matching-position-ranking-index.js';

/** Matching's migrations, by the name recorded in kysely_migration (never rename one). */
export const migrations: Record<string, Migration> = {
  '003-matching': m003Matching,
  '004-applications': m004Applications,
  '005-mentoring': m005Mentoring,
  '009-matching-talent-invitations': m009MatchingTalentInvitations,
  '010-matching-postcode-coordinates': m010PostcodeCoordinates,
  '011-matching-position-facts': m011PositionFacts,
  '012-matching-position-search': m012MatchingPositionSearch,
  '016-matching-candidate-interests': m016CandidateInterests,
  '016-matching-position-title-search': m016PositionTitleSearch,
  '021-matching-cefr-levels': m021CefrLevels,
  '023-matching-function-search-path': m023FunctionSearchPath,
  '029-matching-position-ranking-index': m029PositionRankingIndex,
};
