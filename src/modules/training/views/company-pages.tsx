import type { FieldErrors } from '../../../core/errors.js';
import { href, usePage } from '../../../core/http/page-context.js';
import { RadioGroup, type FormValues } from '../../../ui/choice-fields.js';
import {
  ButtonForm,
  CheckboxField,
  ErrorSummary,
  Form,
  PageHeading,
  SubmitButton,
  TextArea,
  TextField,
} from '../../../ui/form.js';
import { LabelledSection } from '../../../ui/section.js';
import { TRAINING_LIMITS } from '../schemas.js';
import { OWN_PATH, TRAINING_PATH } from '../start-page.js';
import { CONTACT_PREFERENCES } from '../tables.js';
import type { OwnPath, OwnRequest } from '../use-cases/get-own-path.js';
import { ContactList, Day, OccupationCityFields, RequestStatusBadge, StepCard, useTrainingLabels } from './parts.js';

/** Occupation and city for starting (or changing) the own path. */
function StartForm({ values, errors, submitKey }: { values: FormValues; errors?: FieldErrors; submitKey: string }) {
  const { t, i18n } = usePage();
  return (
    <Form action={href(i18n.locale.code, `${OWN_PATH}/starten`)}>
      <ErrorSummary errors={errors} />
      <OccupationCityFields names={{ occupation: 'occupation_id', city: 'city' }} values={values} errors={errors} />
      <SubmitButton label={t(submitKey)} />
    </Form>
  );
}

function Requests({ requests }: { requests: OwnRequest[] }) {
  const { t, i18n } = usePage();
  return (
    <LabelledSection id="adviser-heading" heading={t('training.own.adviser_heading')}>
      <p class="kern-body">{t('training.own.adviser_intro')}</p>
      {requests.length > 0 ? (
        <ul class="kern-list">
          {requests.map((request) => (
            <li key={request.id}>
              {t('training.own.request_from')} <Day at={request.createdAt} />:{' '}
              <RequestStatusBadge status={request.status} />
            </li>
          ))}
        </ul>
      ) : null}
      <p class="kern-body">
        <a class="kern-link" href={href(i18n.locale.code, `${TRAINING_PATH}/beratung`)}>
          {t('training.own.to_request')}
        </a>
      </p>
    </LabelledSection>
  );
}

/** A company's own path: its checklist of steps with progress and reminder, contacts, and its adviser requests. */
export function OwnPathPage({
  own,
  requests,
  values = {},
  errors,
}: {
  own: OwnPath | null;
  requests: OwnRequest[];
  values?: FormValues;
  errors?: FieldErrors;
}) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  const labels = useTrainingLabels();
  if (!own)
    return (
      <div class="kern-stack">
        <PageHeading>{t('training.own.title')}</PageHeading>
        <p class="kern-body">{t('training.own.start_intro')}</p>
        <StartForm values={values} errors={errors} submitKey="training.own.start" />
        <Requests requests={requests} />
      </div>
    );
  const total = own.steps.length;
  const percent = total === 0 ? 0 : Math.round((own.done / total) * 100);
  return (
    <div class="kern-stack">
      <PageHeading>{t('training.own.title')}</PageHeading>
      <p class="kern-body">
        {t('training.result.for', {
          occupation: labels.occupationText(own.path.occupation_id),
          city: labels.city(own.path.city),
        })}{' '}
        {own.chamber ? (
          <>
            {t(`training.result.chamber.${own.chamber.kind}`)} <span lang="de">{own.chamber.name}</span>
          </>
        ) : (
          t('training.result.chamber_unknown')
        )}
      </p>
      {own.remindedStep ? (
        <div class="kern-alert kern-alert--warning" role="note">
          <div class="kern-alert__body">
            <p class="kern-body">
              {t('training.own.reminder', { step: own.remindedStep.title })}{' '}
              <a class="kern-link" href={`#schritt-${own.remindedStep.slug}`}>
                {t('training.own.reminder_link')}
              </a>
            </p>
          </div>
        </div>
      ) : null}
      <div class="kern-progress">
        <label class="kern-label" for="path-progress">
          {t('training.own.progress', { done: own.done, total })}
        </label>
        <progress id="path-progress" max={100} value={percent}>
          {percent} %
        </progress>
      </div>
      <LabelledSection id="checklist-heading" heading={t('training.own.checklist_heading')}>
        <ol class="vr-training-steps">
          {own.steps.map((step) => (
            <StepCard key={step.id} step={step}>
              {step.tickedAt ? (
                <>
                  <p class="kern-body">
                    <span class="kern-badge kern-badge--success">
                      <span class="kern-label kern-label--small">{t('training.own.done_badge')}</span>
                    </span>{' '}
                    <Day at={step.tickedAt} />
                  </p>
                  <ButtonForm
                    action={href(lang, `${OWN_PATH}/schritte/${step.id}`)}
                    label={t('training.own.reopen', { step: step.position })}
                    variant="tertiary"
                    size="small"
                    fields={{ done: 'no' }}
                  />
                </>
              ) : (
                <ButtonForm
                  action={href(lang, `${OWN_PATH}/schritte/${step.id}`)}
                  label={t('training.own.tick', { step: step.position })}
                  variant="secondary"
                  size="small"
                  fields={{ done: 'yes' }}
                />
              )}
            </StepCard>
          ))}
        </ol>
      </LabelledSection>
      <LabelledSection id="contacts-heading" heading={t('training.own.contacts_heading')}>
        <ContactList
          contacts={own.contacts.chamber}
          headingId="chamber-contacts"
          heading={t('training.contacts.chamber_heading')}
        />
        <ContactList
          contacts={own.contacts.city}
          headingId="city-contacts"
          heading={t('training.contacts.city_heading', { city: labels.city(own.path.city) })}
        />
      </LabelledSection>
      <Requests requests={requests} />
      <LabelledSection id="change-heading" heading={t('training.own.change_heading')}>
        <StartForm
          values={
            Object.keys(values).length > 0 ? values : { occupation_id: own.path.occupation_id, city: own.path.city }
          }
          errors={errors}
          submitKey="training.own.change"
        />
      </LabelledSection>
    </div>
  );
}

/** The request for a personal adviser: what the company needs, how to reach it, and its consent. */
export function AdviserRequestPage({ values = {}, errors }: { values?: FormValues; errors?: FieldErrors }) {
  const { t, i18n } = usePage();
  return (
    <div class="kern-stack">
      <PageHeading>{t('training.request.title')}</PageHeading>
      <p class="kern-body">{t('training.request.intro')}</p>
      <Form action={href(i18n.locale.code, `${TRAINING_PATH}/beratung`)}>
        <ErrorSummary errors={errors} />
        <TextArea
          name="needs"
          label={t('training.request.needs')}
          hint={t('training.request.needs_hint')}
          value={values.needs}
          errors={errors}
          maxLength={TRAINING_LIMITS.requestNeeds}
          required
        />
        <RadioGroup
          name="contact_preference"
          legend={t('training.request.preference')}
          options={CONTACT_PREFERENCES.map((value) => ({ value, label: t(`training.request.preferences.${value}`) }))}
          values={values}
          errors={errors}
          required
        />
        <TextField
          name="phone"
          type="tel"
          label={t('training.request.phone')}
          hint={t('training.request.phone_hint')}
          value={values.phone}
          errors={errors}
          autocomplete="tel"
          maxLength={TRAINING_LIMITS.phone}
        />
        <p class="kern-body" id="consent-text">
          {t('training.request.consent_text')}
        </p>
        <CheckboxField
          name="consent"
          label={t('training.request.consent')}
          errors={errors}
          checked={values.consent === 'on'}
        />
        <SubmitButton label={t('training.request.submit')} />
      </Form>
    </div>
  );
}
