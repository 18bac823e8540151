import type { UserActor } from '../../../core/auth/actor.js';
import { allows, authorize } from '../../../core/auth/policy.js';
import type { AppServices } from '../../../core/http/types.js';
import { checklistsPolicy } from '../policy.js';
import type { Audience, ReviewStatus } from '../tables.js';

export interface ReviewRequestLine {
  id: string;
  organisationName: string;
  audience: Audience;
  status: ReviewStatus;
  requestedAt: Date;
  overallLevel: number | null;
}

/**
 * The review desk: requests this reviewer may decide, open ones first. The cooperation office sees the requests
 * addressed to it, a municipality those of its city's schools and Kitas; never its own organisation's.
 */
export async function listReviewRequests(options: {
  services: AppServices;
  actor: UserActor;
  includeDecided?: boolean;
}): Promise<ReviewRequestLine[]> {
  const { services, actor } = options;
  authorize(actor, checklistsPolicy, 'open_review_desk', undefined);
  const city = actor.organisation?.type === 'municipality' ? actor.organisation.city : null;
  const rows = await services.db
    .selectFrom('checklist_reviews as r')
    .innerJoin('checklist_assessments as a', 'a.id', 'r.assessment_id')
    .innerJoin('organisations as o', 'o.id', 'r.organisation_id')
    .select([
      'r.id',
      'r.organisation_id',
      'r.reviewer_city',
      'r.status',
      'r.requested_at',
      'a.audience',
      'a.overall_level',
      'o.name',
    ])
    .$if(city === null, (query) => query.where('r.reviewer_city', 'is', null))
    .$if(city !== null, (query) => query.where('r.reviewer_city', '=', city))
    .$if(!options.includeDecided, (query) => query.where('r.status', 'in', ['requested', 'more_requested']))
    .orderBy('r.requested_at')
    .limit(200)
    .execute();
  return rows
    .filter((row) =>
      allows(actor, checklistsPolicy, 'review', {
        organisationId: row.organisation_id,
        reviewerCity: row.reviewer_city,
      }),
    )
    .map((row) => ({
      id: row.id,
      organisationName: row.name,
      audience: row.audience,
      status: row.status,
      requestedAt: row.requested_at,
      overallLevel: row.overall_level,
    }));
}
