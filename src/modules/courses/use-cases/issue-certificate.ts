import type { UserActor } from '../../../core/auth/actor.js';
import { recordAudit } from '../../../core/audit/record-audit.js';
import { authorize } from '../../../core/auth/policy.js';
import { newCertificateCode } from '../../../core/certificates/code.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import { coursesPolicy } from '../policy.js';
import { findWorkingProgress, lessonStates } from '../progress-store.js';
import { summarise } from '../scoring.js';
import { currentVersion, versionById } from '../versions.js';

/**
 * Completes the course: when every lesson's quiz is answered and the pass mark is reached, the person receives
 * a certificate naming them, their organisation, the course version and the date, with a verification code.
 * Asking again for the same version gives the certificate already issued.
 */
export async function issueCourseCertificate(options: {
  services: AppServices;
  actor: UserActor;
  now?: Date;
}): Promise<{ id: string; code: string }> {
  const { services, actor } = options;
  authorize(actor, coursesPolicy, 'take', undefined, {
    help: {
      reasonKey: 'courses.refusal.no_organisation',
      link: { path: '/organisation/neu', labelKey: 'courses.overview.register_organisation' },
    },
  });
  const organisation = actor.organisation;
  if (!organisation) throw new AppError('forbidden');
  const now = options.now ?? new Date();
  return services.db.transaction().execute(async (db) => {
    const current = await currentVersion(db);
    const progress = await findWorkingProgress(db, actor.userId, current);
    if (!progress) throw new AppError('conflict', { messageKey: 'courses.finish.not_passed' });
    const version = progress.version_id === current.id ? current : await versionById(db, progress.version_id);
    const summary = summarise(version.content, await lessonStates(db, progress.id));
    if (!summary.isPassed) throw new AppError('conflict', { messageKey: 'courses.finish.not_passed' });
    const existing = await db
      .selectFrom('course_certificates')
      .select(['id', 'code'])
      .where('user_id', '=', actor.userId)
      .where('version_id', '=', version.id)
      .executeTakeFirst();
    if (existing) return existing;
    const certificate = await db
      .insertInto('course_certificates')
      .values({
        user_id: actor.userId,
        person_name: actor.displayName,
        organisation_id: organisation.id,
        organisation_name: organisation.name,
        version_id: version.id,
        version: version.version,
        score: summary.percent,
        code: newCertificateCode(),
        issued_at: now,
      })
      .returning(['id', 'code'])
      .executeTakeFirstOrThrow();
    await db
      .updateTable('course_progress')
      .set({ completed_at: now, updated_at: now })
      .where('id', '=', progress.id)
      .execute();
    await recordAudit(db, {
      actorUserId: actor.userId,
      action: 'courses.certificate_issued',
      subjectType: 'course_certificate',
      subjectId: certificate.id,
      organisationId: organisation.id,
    });
    return certificate;
  });
}
