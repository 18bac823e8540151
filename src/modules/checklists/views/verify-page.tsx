import { href, usePage } from '../../../core/http/page-context.js';
import { Form, PageHeading, SubmitButton, TextField } from '../../../ui/form.js';
import type { VerifiedCertificate } from '../use-cases/verify-certificate.js';
import { CourseCertificateVerdict, type VerifiedCourseCertificate } from '../../courses/index.js';

const STATE_ALERT = { valid: 'success', expired: 'warning', revoked: 'danger' } as const;

/** The public verification page: a code in, what the certificate says and whether it holds out. */
export function VerifyPage({
  code,
  certificate,
  courseCertificate,
}: {
  code: string | undefined;
  certificate: VerifiedCertificate | null;
  courseCertificate: VerifiedCourseCertificate | null;
}) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  const date = (value: Date) => i18n.formatDate(value, { dateStyle: 'long' });
  return (
    <div class="kern-stack">
      <PageHeading id="verify-heading">{t('checklists_certificate.verify.title')}</PageHeading>
      <p class="kern-body">{t('checklists_certificate.verify.intro')}</p>
      <Form action={href(lang, '/qualitaet/zertifikat-pruefen')} method="get" labelledBy="verify-heading">
        <TextField
          name="code"
          label={t('checklists_certificate.verify.code')}
          hint={t('checklists_certificate.verify.code_hint')}
          value={code}
          required
          maxLength={40}
          autocomplete="off"
        />
        <SubmitButton label={t('checklists_certificate.verify.submit')} />
      </Form>
      {code === undefined ? null : courseCertificate ? (
        <CourseCertificateVerdict certificate={courseCertificate} />
      ) : certificate ? (
        <div class={`kern-alert kern-alert--${STATE_ALERT[certificate.state]}`} role="status">
          <div class="kern-alert__header">
            <span class={`kern-icon kern-icon--${STATE_ALERT[certificate.state]}`} aria-hidden="true"></span>
            <h2 class="kern-title">{t(`checklists_certificate.verify.state.${certificate.state}`)}</h2>
          </div>
          <div class="kern-alert__body kern-stack">
            <dl class="kern-description-list">
              <div class="kern-description-list-item">
                <dt class="kern-description-list-item__key">{t('checklists_certificate.verify.organisation')}</dt>
                <dd class="kern-description-list-item__value">
                  <bdi>{certificate.organisationName}</bdi>
                </dd>
              </div>
              <div class="kern-description-list-item">
                <dt class="kern-description-list-item__key">{t('checklists_certificate.verify.audience')}</dt>
                <dd class="kern-description-list-item__value">{t(`checklists.audiences.${certificate.audience}`)}</dd>
              </div>
              <div class="kern-description-list-item">
                <dt class="kern-description-list-item__key">{t('checklists_certificate.verify.level')}</dt>
                <dd class="kern-description-list-item__value">
                  {i18n.formatNumber(certificate.level, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}
                </dd>
              </div>
              <div class="kern-description-list-item">
                <dt class="kern-description-list-item__key">{t('checklists_certificate.verify.valid')}</dt>
                <dd class="kern-description-list-item__value">
                  {t('checklists_certificate.verify.valid_range', {
                    issued: date(certificate.issuedAt),
                    until: date(certificate.validUntil),
                  })}
                </dd>
              </div>
              {certificate.revokedAt ? (
                <div class="kern-description-list-item">
                  <dt class="kern-description-list-item__key">{t('checklists_certificate.verify.revoked_on')}</dt>
                  <dd class="kern-description-list-item__value">{date(certificate.revokedAt)}</dd>
                </div>
              ) : null}
            </dl>
          </div>
        </div>
      ) : (
        <div class="kern-alert kern-alert--danger" role="status">
          <div class="kern-alert__header">
            <span class="kern-icon kern-icon--danger" aria-hidden="true"></span>
            <h2 class="kern-title">{t('checklists_certificate.verify.unknown')}</h2>
          </div>
        </div>
      )}
    </div>
  );
}
