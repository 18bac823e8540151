import type { Kysely } from 'kysely';
import type { UserActor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/policy.js';
import { recordAudit } from '../../../core/audit/record-audit.js';
import type { Database } from '../../../core/db/database.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import { newCertificateCode } from '../../../core/certificates/code.js';
import { checklistsPolicy } from '../policy.js';
import type { DecisionInput } from '../schemas.js';

/** A certificate is valid for three years from approval. */
export const CERTIFICATE_VALID_YEARS = 3;
export { newCertificateCode };

export function validUntil(issuedAt: Date): Date {
  const until = new Date(issuedAt);
  until.setUTCFullYear(until.getUTCFullYear() + CERTIFICATE_VALID_YEARS);
  return until;
}

/** Issues the certificate of an approved review, with the organisation's name and level as they are today. */
export async function issueCertificate(
  db: Kysely<Database>,
  review: { id: string; organisation_id: string; assessment_id: string },
  issuedAt: Date,
): Promise<{ id: string; code: string }> {
  const assessment = await db
    .selectFrom('checklist_assessments as a')
    .innerJoin('organisations as o', 'o.id', 'a.organisation_id')
    .select(['a.audience', 'a.overall_level', 'o.name'])
    .where('a.id', '=', review.assessment_id)
    .executeTakeFirstOrThrow();
  return db
    .insertInto('checklist_certificates')
    .values({
      review_id: review.id,
      organisation_id: review.organisation_id,
      organisation_name: assessment.name,
      audience: assessment.audience,
      level: assessment.overall_level ?? 1,
      code: newCertificateCode(),
      issued_at: issuedAt,
      valid_until: validUntil(issuedAt),
    })
    .returning(['id', 'code'])
    .executeTakeFirstOrThrow();
}

const NEXT_STATUS = { approve: 'approved', decline: 'declined', more: 'more_requested' } as const;

/**
 * A reviewer decides: asks for more (the organisation answers, then the request is open again), declines
 * (with a reason) or approves (a certificate is issued). Each decision is in the audit trail.
 */
export async function decideReview(options: {
  services: AppServices;
  actor: UserActor;
  reviewId: string;
  input: DecisionInput;
  ip: string | null;
  now?: Date;
}): Promise<{ certificateId: string | null }> {
  const { services, actor, input } = options;
  const now = options.now ?? new Date();
  return services.db.transaction().execute(async (trx) => {
    const review = await trx
      .selectFrom('checklist_reviews')
      .selectAll()
      .where('id', '=', options.reviewId)
      .forUpdate()
      .executeTakeFirst();
    if (!review) throw new AppError('not_found');
    authorize(
      actor,
      checklistsPolicy,
      'review',
      { organisationId: review.organisation_id, reviewerCity: review.reviewer_city },
      { code: 'not_found' },
    );
    if (review.status !== 'requested' && review.status !== 'more_requested')
      throw new AppError('conflict', { messageKey: 'checklists_review.errors.decided' });
    const status = NEXT_STATUS[input.decision];
    await trx
      .updateTable('checklist_reviews')
      .set({
        status,
        ...(input.decision === 'more' ? {} : { decided_by: actor.userId, decided_at: now }),
      })
      .where('id', '=', review.id)
      .execute();
    if (input.body)
      await trx
        .insertInto('checklist_review_comments')
        .values({ review_id: review.id, author_user_id: actor.userId, side: 'reviewer', body: input.body, at: now })
        .execute();
    const certificate = input.decision === 'approve' ? await issueCertificate(trx, review, now) : null;
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: `checklists.review_${status}`,
      subjectType: 'checklist_review',
      subjectId: review.id,
      organisationId: review.organisation_id,
      ip: options.ip,
      details: certificate ? { certificate: certificate.code } : {},
    });
    return { certificateId: certificate?.id ?? null };
  });
}
