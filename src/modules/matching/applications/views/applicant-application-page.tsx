import type { FieldErrors } from '../../../../core/errors.js';
import { href, usePage } from '../../../../core/http/page-context.js';
import { ButtonForm, ErrorSummary, Form, PageHeading, SubmitButton, TextArea } from '../../../../ui/form.js';
import { LabelledSection } from '../../../../ui/section.js';
import type { ApplicantApplicationView } from '../present.js';
import { APPLICATION_LIMITS } from '../schemas.js';
import { History, QualificationsList, StatusBadge, When } from './parts.js';

function InvitationBox({ view }: { view: ApplicantApplicationView }) {
  const { t, i18n } = usePage();
  const action = href(i18n.locale.code, `/bewerbungen/${view.id}/einwilligung`);
  return (
    <div class="kern-alert kern-alert--warning" role="region" aria-labelledby="invitation-heading">
      <div class="kern-alert__header">
        <h2 class="kern-title" id="invitation-heading">
          {t('matching_applications.consent.heading')}
        </h2>
      </div>
      <div class="kern-alert__body kern-stack">
        <p class="kern-body">{t('matching_applications.consent.intro', { organisation: view.organisationName })}</p>
        <p class="kern-body">{t('matching_applications.consent.what')}</p>
        <p class="kern-body">{t('matching_applications.consent.never')}</p>
        <div class="vr-applications-actions">
          <ButtonForm
            action={action}
            fields={{ decision: 'consent' }}
            label={t('matching_applications.consent.accept')}
            variant="primary"
          />
          <ButtonForm
            action={action}
            fields={{ decision: 'decline' }}
            label={t('matching_applications.consent.decline')}
          />
        </div>
      </div>
    </div>
  );
}

/** The applicant's own application: status, invitation, both parts, the thread and withdrawal. */
export function ApplicantApplicationPage({
  view,
  messageValue,
  errors,
}: {
  view: ApplicantApplicationView;
  messageValue?: string | undefined;
  errors?: FieldErrors | undefined;
}) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  return (
    <div class="kern-stack vr-applications-page">
      <PageHeading>{t('matching_applications.detail.applicant_title', { position: view.positionTitle })}</PageHeading>
      <p class="kern-body">
        {t('matching_applications.detail.organisation', { organisation: view.organisationName })}{' '}
        {t('matching_applications.detail.pseudonym', { pseudonym: view.pseudonym })}
      </p>
      <p class="kern-body kern-body--small vr-pseudonym-note">
        {t('matching_applications.detail.pseudonym_note_applicant')}
      </p>
      <p class="kern-body">
        {t('matching_applications.detail.status_label')} <StatusBadge status={view.status} />
      </p>
      {view.closedReason ? (
        <p class="kern-body">{t(`matching_applications.closed_reason.${view.closedReason}`)}</p>
      ) : null}
      <p class="kern-body">
        {view.isIdentityVisibleToCompany
          ? t('matching_applications.detail.identity_visible')
          : t('matching_applications.detail.identity_hidden')}
      </p>
      {view.awaitsConsent ? <InvitationBox view={view} /> : null}

      <LabelledSection id="thread" heading={t('matching_applications.thread.heading')}>
        <p class="kern-body kern-body--small">{t('matching_applications.thread.applicant_hint')}</p>
        {view.messages.length === 0 ? <p class="kern-body">{t('matching_applications.thread.empty')}</p> : null}
        <ol class="vr-applications-thread">
          {view.messages.map((message) => (
            <li
              key={message.id}
              class={`vr-applications-message vr-applications-message--${message.from === 'applicant' ? 'own' : 'other'}`}
            >
              <p class="kern-body kern-body--small">
                {message.from === 'applicant' ? t('matching_applications.thread.you') : view.organisationName},{' '}
                <When at={message.at} />
              </p>
              <p class="kern-body vr-applications-text" dir="auto">
                {message.body}
              </p>
              {message.heldBack ? (
                <p class="kern-body kern-body--small vr-applications-held">
                  {t('matching_applications.thread.held_back', {
                    found: i18n.list(message.heldBack.map((kind) => t(`matching_applications.contact_kinds.${kind}`))),
                  })}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
        {view.canMessage ? (
          <>
            <ErrorSummary errors={errors} />
            <Form action={href(lang, `/bewerbungen/${view.id}/nachrichten`)} labelledBy="thread">
              <TextArea
                name="body"
                label={t('matching_applications.thread.new_message')}
                value={messageValue}
                errors={errors}
                required
                maxLength={APPLICATION_LIMITS.message}
              />
              <SubmitButton label={t('matching_applications.thread.send')} variant="secondary" />
            </Form>
          </>
        ) : null}
      </LabelledSection>

      <LabelledSection id="qualifications-heading" heading={t('matching_applications.apply.qualifications_heading')}>
        {view.qualifications ? (
          <QualificationsList qualifications={view.qualifications} />
        ) : (
          <p class="kern-body">{t('matching_applications.detail.erased')}</p>
        )}
      </LabelledSection>

      <LabelledSection id="personal-heading" heading={t('matching_applications.apply.personal_heading')}>
        {view.personal ? (
          <dl class="kern-description-list">
            <div class="kern-description-list-item">
              <dt class="kern-description-list-item__key">{t('matching_applications.fields.full_name')}</dt>
              <dd class="kern-description-list-item__value" dir="auto">
                {view.personal.full_name}
              </dd>
            </div>
            <div class="kern-description-list-item">
              <dt class="kern-description-list-item__key">{t('matching_applications.fields.contact_email')}</dt>
              <dd class="kern-description-list-item__value">{view.personal.contact_email}</dd>
            </div>
          </dl>
        ) : null}
      </LabelledSection>

      <LabelledSection id="history-heading" heading={t('matching_applications.history.heading')}>
        <History history={view.history} />
      </LabelledSection>

      {view.canWithdraw ? (
        <LabelledSection id="withdraw-heading" heading={t('matching_applications.withdraw.heading')}>
          <p class="kern-body">{t('matching_applications.withdraw.intro')}</p>
          <ButtonForm
            action={href(lang, `/bewerbungen/${view.id}/zurueckziehen`)}
            label={t('matching_applications.withdraw.submit')}
          />
        </LabelledSection>
      ) : null}
    </div>
  );
}
