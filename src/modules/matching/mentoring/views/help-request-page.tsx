import type { FieldErrors } from '../../../../core/errors.js';
import { href, usePage } from '../../../../core/http/page-context.js';
import { ErrorSummary, Form, PageHeading, SelectField, SubmitButton } from '../../../../ui/form.js';
import type { DropoutRequestView } from '../use-cases/get-dropout-request.js';
import { ButtonForm } from '../../../../ui/form.js';

/** A confidential help request as the coordinators see it, with the choice of a mediator. */
export function HelpRequestPage({
  request,
  errors,
}: {
  request: DropoutRequestView;
  errors?: FieldErrors | undefined;
}) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  const base = `/mentoring/koordination/hilfe/${request.id}`;
  return (
    <div class="kern-stack vr-mentoring">
      <PageHeading>{t('matching_mentoring.help_request.title')}</PageHeading>
      <p class="kern-body">{t('matching_mentoring.help_request.confidential')}</p>
      <dl class="vr-mentoring-facts">
        <dt>{t('matching_mentoring.help_request.from')}</dt>
        <dd>
          {request.requesterName} ({request.requesterEmail})
        </dd>
        <dt>{t('matching_mentoring.help_request.received')}</dt>
        <dd>{i18n.formatDate(request.createdAt)}</dd>
        <dt>{t('matching_mentoring.help_request.status')}</dt>
        <dd>{t(`matching_mentoring.status.help_${request.status}`)}</dd>
        <dt>{t('matching_mentoring.fields.situation')}</dt>
        <dd dir="auto" class="vr-mentoring-text">
          {request.situation}
        </dd>
        <dt>{t('matching_mentoring.fields.reachable')}</dt>
        <dd dir="auto">{request.reachable || t('matching_mentoring.coordination.none_given')}</dd>
        <dt>{t('matching_mentoring.help_request.mediator')}</dt>
        <dd>{request.mediatorName ?? t('matching_mentoring.help_request.no_mediator')}</dd>
      </dl>
      {request.status === 'closed' ? null : (
        <>
          <h2 class="kern-heading-medium" id="assign-title">
            {t('matching_mentoring.help_request.assign')}
          </h2>
          <ErrorSummary errors={errors} />
          <Form action={href(lang, `${base}/vermittlung`)} labelledBy="assign-title">
            <SelectField
              required
              name="mediator_user_id"
              label={t('matching_mentoring.fields.mediator')}
              options={[
                { value: '', label: t('matching_mentoring.fields.mediator_choose') },
                ...request.mediators.map((m) => ({ value: m.id, label: m.displayName })),
              ]}
              value=""
              errors={errors}
            />
            <SubmitButton label={t('matching_mentoring.help_request.assign_submit')} />
          </Form>
          <ButtonForm
            action={href(lang, `${base}/abschliessen`)}
            label={t('matching_mentoring.help_request.close')}
            size="small"
          />
        </>
      )}
      <p class="kern-body">
        <a class="kern-link" href={href(lang, '/mentoring/koordination')}>
          {t('matching_mentoring.help_request.back')}
        </a>
      </p>
    </div>
  );
}
