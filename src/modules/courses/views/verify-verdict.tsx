import { usePage } from '../../../core/http/page-context.js';
import type { VerifiedCourseCertificate } from '../use-cases/verify-course-certificate.js';

const STATE_ALERT = { valid: 'success', revoked: 'danger' } as const;

/**
 * What the public verification page (checklists' /qualitaet/zertifikat-pruefen) says about a course
 * certificate: what it certifies, for whom, and whether it still holds.
 */
export function CourseCertificateVerdict({ certificate }: { certificate: VerifiedCourseCertificate }) {
  const { t, i18n } = usePage();
  const date = (value: Date) => i18n.formatDate(value, { dateStyle: 'long' });
  const row = (key: string, value: preact.ComponentChildren) => (
    <div class="kern-description-list-item">
      <dt class="kern-description-list-item__key">{t(key)}</dt>
      <dd class="kern-description-list-item__value">{value}</dd>
    </div>
  );
  return (
    <div class={`kern-alert kern-alert--${STATE_ALERT[certificate.state]}`} role="status">
      <div class="kern-alert__header">
        <span class={`kern-icon kern-icon--${STATE_ALERT[certificate.state]}`} aria-hidden="true"></span>
        <h2 class="kern-title">{t(`courses.verify.state.${certificate.state}`)}</h2>
      </div>
      <div class="kern-alert__body kern-stack">
        <p class="kern-body">{t('courses.verify.kind')}</p>
        <dl class="kern-description-list">
          {row('courses.verify.person', <bdi>{certificate.personName}</bdi>)}
          {row('courses.verify.organisation', <bdi>{certificate.organisationName}</bdi>)}
          {row('courses.verify.course', t('courses.verify.course_value', { version: certificate.version }))}
          {row('courses.verify.completed_on', date(certificate.issuedAt))}
          {certificate.revokedAt ? row('courses.verify.revoked_on', date(certificate.revokedAt)) : null}
        </dl>
      </div>
    </div>
  );
}
