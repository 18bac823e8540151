import type { FieldErrors } from '../../../../core/errors.js';
import type { FormValues } from '../../../../core/http/forms.js';
import { href, usePage } from '../../../../core/http/page-context.js';
import { ErrorSummary, Form, PageHeading, SelectField, SubmitButton, TextArea } from '../../../../ui/form.js';
import { LabelledSection } from '../../../../ui/section.js';
import type { CompanyApplicationView } from '../present.js';
import type { RevealedIdentity } from '../reveal.js';
import { APPLICATION_LIMITS } from '../schemas.js';
import { History, QualificationsList, StatusBadge, When } from './parts.js';

function IdentityBox({ identity }: { identity: RevealedIdentity }) {
  const { t } = usePage();
  const rows: [string, string | null][] = [
    ['matching_applications.fields.full_name', identity.name],
    ['matching_applications.fields.contact_email', identity.email],
    ['matching_applications.fields.phone', identity.phone],
    ['matching_applications.fields.address', identity.address],
  ];
  return (
    <LabelledSection id="identity-heading" heading={t('matching_applications.detail.identity_heading')}>
      <p class="kern-body kern-body--small">{t('matching_applications.detail.identity_audited')}</p>
      <dl class="kern-description-list">
        {rows.map(([label, value]) =>
          value ? (
            <div class="kern-description-list-item" key={label}>
              <dt class="kern-description-list-item__key">{t(label)}</dt>
              <dd class="kern-description-list-item__value" dir="auto">
                {value}
              </dd>
            </div>
          ) : null,
        )}
      </dl>
    </LabelledSection>
  );
}

/** One application as the company sees it: the pseudonym and the qualifications part; name and contact only after consent. */
export function CompanyApplicationPage({
  view,
  form,
  values = {},
  errors,
}: {
  view: CompanyApplicationView;
  form?: 'status' | 'message';
  values?: FormValues;
  errors?: FieldErrors | undefined;
}) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  const errorsFor = (name: 'status' | 'message') => (form === name ? errors : undefined);
  return (
    <div class="kern-stack vr-applications-page">
      <PageHeading>{t('matching_applications.detail.company_title', { pseudonym: view.pseudonym })}</PageHeading>
      <p class="kern-body kern-body--small vr-pseudonym-note">
        {t('matching_applications.detail.pseudonym_note_company', { pseudonym: view.pseudonym })}
      </p>
      <p class="kern-body">
        {view.positionId ? (
          <a class="kern-link" href={href(lang, `/firma/stellen/${view.positionId}/bewerbungen`)} dir="auto">
            {t('matching_applications.detail.position', { position: view.positionTitle })}
          </a>
        ) : (
          t('matching_applications.detail.position', { position: view.positionTitle })
        )}
      </p>
      <p class="kern-body">
        {t('matching_applications.detail.status_label')} <StatusBadge status={view.status} />
      </p>
      {view.closedReason ? (
        <p class="kern-body">{t(`matching_applications.closed_reason.${view.closedReason}`)}</p>
      ) : null}
      {view.identity ? (
        <IdentityBox identity={view.identity} />
      ) : (
        <p class="kern-body">
          {t(
            view.status === 'invited'
              ? 'matching_applications.detail.awaiting_consent'
              : 'matching_applications.detail.anonymous_note',
          )}
        </p>
      )}

      {view.nextStatuses.length > 0 ? (
        <LabelledSection id="status-heading" heading={t('matching_applications.status_form.heading')}>
          <ErrorSummary errors={errorsFor('status')} />
          <Form action={href(lang, `/firma/bewerbungen/${view.id}/status`)} labelledBy="status-heading">
            <SelectField
              name="status"
              label={t('matching_applications.status_form.status')}
              hint={t('matching_applications.status_form.hint')}
              options={view.nextStatuses.map((status) => ({
                value: status,
                label: t(`matching_applications.actions.${status}`),
              }))}
              value={values.status}
              errors={errorsFor('status')}
              required
            />
            <TextArea
              name="note"
              label={t('matching_applications.status_form.note')}
              hint={t('matching_applications.status_form.note_hint')}
              value={values.note}
              errors={errorsFor('status')}
              maxLength={APPLICATION_LIMITS.note}
            />
            <SubmitButton label={t('matching_applications.status_form.submit')} />
          </Form>
        </LabelledSection>
      ) : null}

      <LabelledSection id="qualifications-heading" heading={t('matching_applications.apply.qualifications_heading')}>
        {view.qualifications ? (
          <QualificationsList qualifications={view.qualifications} />
        ) : (
          <p class="kern-body">{t('matching_applications.detail.erased')}</p>
        )}
      </LabelledSection>

      <LabelledSection id="thread" heading={t('matching_applications.thread.heading')}>
        <p class="kern-body kern-body--small">{t('matching_applications.thread.company_hint')}</p>
        {view.messages.length === 0 ? <p class="kern-body">{t('matching_applications.thread.empty')}</p> : null}
        <ol class="vr-applications-thread">
          {view.messages.map((message) => (
            <li
              key={message.id}
              class={`vr-applications-message vr-applications-message--${message.from === 'company' ? 'own' : 'other'}`}
            >
              <p class="kern-body kern-body--small">
                {message.from === 'company' ? t('matching_applications.thread.your_company') : view.pseudonym},{' '}
                <When at={message.at} />
              </p>
              <p class="kern-body vr-applications-text" dir="auto">
                {message.body ?? t('matching_applications.thread.hidden_after_withdrawal')}
              </p>
            </li>
          ))}
        </ol>
        {view.heldBack.length > 0 ? (
          <div class="kern-stack">
            <h3 class="kern-heading-small">{t('matching_applications.thread.held_back_heading')}</h3>
            <ol class="vr-applications-thread">
              {view.heldBack.map((message) => (
                <li key={message.id} class="vr-applications-message vr-applications-message--own">
                  <p class="kern-body kern-body--small">
                    <When at={message.at} />
                  </p>
                  <p class="kern-body vr-applications-text" dir="auto">
                    {message.body}
                  </p>
                  <p class="kern-body kern-body--small vr-applications-held">
                    {t('matching_applications.thread.held_back', {
                      found: i18n.list(message.found.map((kind) => t(`matching_applications.contact_kinds.${kind}`))),
                    })}
                  </p>
                </li>
              ))}
            </ol>
          </div>
        ) : null}
        {view.canMessage ? (
          <>
            <ErrorSummary errors={errorsFor('message')} />
            <Form action={href(lang, `/firma/bewerbungen/${view.id}/nachrichten`)} labelledBy="thread">
              <TextArea
                name="body"
                label={t('matching_applications.thread.new_message')}
                value={values.body}
                errors={errorsFor('message')}
                required
                maxLength={APPLICATION_LIMITS.message}
              />
              <SubmitButton label={t('matching_applications.thread.send')} variant="secondary" />
            </Form>
          </>
        ) : null}
      </LabelledSection>

      <LabelledSection id="history-heading" heading={t('matching_applications.history.heading')}>
        <History history={view.history} />
      </LabelledSection>
    </div>
  );
}
