import type { FieldErrors } from '../../../core/errors.js';
import { LOCALE_CODES, type LocaleCode } from '../../../core/i18n/locales.js';
import { href, usePage } from '../../../core/http/page-context.js';
import { RadioGroup, valueOf, type FormValues } from '../../../ui/choice-fields.js';
import { DataTable } from '../../../ui/data-table.js';
import {
  ButtonForm,
  ErrorSummary,
  Form,
  PageHeading,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
} from '../../../ui/form.js';
import { LabelledSection } from '../../../ui/section.js';
import { CHAMBERS } from '../chambers.js';
import { TRAINING_LIMITS } from '../schemas.js';
import { DESK_PATH, MAINTENANCE_PATH } from '../start-page.js';
import { CONTACT_KINDS, type TrainingStepText } from '../tables.js';
import type { DeskRequest } from '../use-cases/list-adviser-requests.js';
import type { MaintainedStep } from '../use-cases/list-maintenance.js';
import type { TrainingContact } from '../tables.js';
import { Day, RequestStatusBadge, useTrainingLabels } from './parts.js';

/** The coordination office's desk of adviser requests: take one over, mark it done. */
export function DeskPage({ requests }: { requests: DeskRequest[] }) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  const labels = useTrainingLabels();
  return (
    <div class="kern-stack">
      <PageHeading>{t('training.desk.title')}</PageHeading>
      <p class="kern-body">{t('training.desk.intro')}</p>
      {requests.length === 0 ? (
        <p class="kern-body">{t('training.desk.empty')}</p>
      ) : (
        <ul class="vr-training-steps">
          {requests.map((request) => (
            <li key={request.id} class="kern-card vr-training-step" data-request={request.id}>
              <div class="kern-card__container kern-stack">
                <h2 class="kern-heading-small">
                  <span dir="auto">{request.organisationName}</span>
                  {request.organisationCity ? ` (${labels.city(request.organisationCity)})` : ''}
                </h2>
                <p class="kern-body">
                  <RequestStatusBadge status={request.status} /> {t('training.desk.received')}{' '}
                  <Day at={request.createdAt} />
                  {request.takenByName ? (
                    <>
                      {' · '}
                      {t('training.desk.taken_by')} <span dir="auto">{request.takenByName}</span>
                    </>
                  ) : null}
                </p>
                <dl class="kern-description-list">
                  {request.occupationId ? (
                    <div class="kern-description-list-item">
                      <dt class="kern-description-list-item__key">{t('training.check.occupation')}</dt>
                      <dd class="kern-description-list-item__value">{labels.occupationText(request.occupationId)}</dd>
                    </div>
                  ) : null}
                  <div class="kern-description-list-item">
                    <dt class="kern-description-list-item__key">{t('training.desk.needs')}</dt>
                    <dd class="kern-description-list-item__value vr-training-text" dir="auto">
                      {request.needs}
                    </dd>
                  </div>
                  <div class="kern-description-list-item">
                    <dt class="kern-description-list-item__key">{t('training.desk.preference')}</dt>
                    <dd class="kern-description-list-item__value">
                      {t(`training.request.preferences.${request.contactPreference}`)}
                      {request.phone ? (
                        <>
                          {': '}
                          <span dir="ltr">{request.phone}</span>
                        </>
                      ) : null}
                    </dd>
                  </div>
                  <div class="kern-description-list-item">
                    <dt class="kern-description-list-item__key">{t('training.desk.requester')}</dt>
                    <dd class="kern-description-list-item__value">
                      {request.requesterEmail ? (
                        <>
                          <span dir="auto">{request.requesterName}</span>,{' '}
                          <a class="kern-link" href={`mailto:${request.requesterEmail}`} dir="ltr">
                            {request.requesterEmail}
                          </a>
                        </>
                      ) : (
                        t('training.desk.requester_gone')
                      )}
                    </dd>
                  </div>
                </dl>
                {request.status === 'open' ? (
                  <ButtonForm
                    action={href(lang, `${DESK_PATH}/${request.id}`)}
                    label={t('training.desk.take', { name: request.organisationName })}
                    variant="primary"
                    size="small"
                    fields={{ action: 'take' }}
                  />
                ) : null}
                {request.status !== 'done' ? (
                  <ButtonForm
                    action={href(lang, `${DESK_PATH}/${request.id}`)}
                    label={t('training.desk.done', { name: request.organisationName })}
                    variant="secondary"
                    size="small"
                    fields={{ action: 'done' }}
                  />
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The office's maintenance page: the steps with their last review (flagged after 12 months) and the contacts. */
export function MaintenancePage({
  steps,
  contacts,
}: {
  steps: MaintainedStep[];
  contacts: (TrainingContact & { reviewDue: boolean })[];
}) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  const labels = useTrainingLabels();
  const dueBadge = (
    <span class="kern-badge kern-badge--warning">
      <span class="kern-label kern-label--small">{t('training.maintenance.review_due')}</span>
    </span>
  );
  return (
    <div class="kern-stack">
      <PageHeading>{t('training.maintenance.title')}</PageHeading>
      <p class="kern-body">{t('training.maintenance.intro')}</p>
      <LabelledSection id="steps-heading" heading={t('training.maintenance.steps_heading')}>
        <DataTable
          caption={t('training.maintenance.steps_heading')}
          rows={steps}
          rowKey={(step) => step.id}
          columns={[
            {
              header: t('training.maintenance.step'),
              isRowHeader: true,
              cell: (step) => (
                <a
                  class="kern-link"
                  href={href(lang, `${MAINTENANCE_PATH}/schritte/${step.id}`)}
                  lang={step.textLang !== lang ? step.textLang : undefined}
                >
                  {step.position}. {step.title}
                </a>
              ),
            },
            {
              header: t('training.maintenance.reviewed'),
              cell: (step) => (
                <>
                  <Day at={step.reviewedAt} /> {step.reviewDue ? dueBadge : null}
                </>
              ),
            },
            {
              header: t('training.maintenance.languages'),
              cell: (step) => step.languages.map((code) => code.toUpperCase()).join(', '),
            },
          ]}
        />
      </LabelledSection>
      <LabelledSection id="contacts-heading" heading={t('training.maintenance.contacts_heading')}>
        <p class="kern-body">
          <a class="kern-link" href={href(lang, `${MAINTENANCE_PATH}/kontakte/neu`)}>
            {t('training.maintenance.add_contact')}
          </a>
        </p>
        <DataTable
          caption={t('training.maintenance.contacts_heading')}
          rows={contacts}
          rowKey={(contact) => contact.id}
          columns={[
            {
              header: t('training.contact_form.name'),
              isRowHeader: true,
              cell: (contact) => (
                <a class="kern-link" href={href(lang, `${MAINTENANCE_PATH}/kontakte/${contact.id}`)} dir="auto">
                  {contact.name}
                </a>
              ),
            },
            {
              header: t('training.contact_form.kind'),
              cell: (contact) =>
                contact.kind === 'chamber_adviser' ? (
                  <span lang="de">{CHAMBERS.find((chamber) => chamber.code === contact.chamber)?.name}</span>
                ) : (
                  `${t('training.contact_form.kinds.city_contact')}: ${labels.city(contact.city ?? '')}`
                ),
            },
            {
              header: t('training.maintenance.reviewed'),
              cell: (contact) => (
                <>
                  <Day at={contact.reviewed_at} /> {contact.reviewDue ? dueBadge : null}
                </>
              ),
            },
          ]}
        />
      </LabelledSection>
    </div>
  );
}

/** The step's longer texts, in the order the form asks for them. */
const STEP_TEXT_AREAS = [
  { name: 'body', labelKey: 'training.step_form.field_body', rows: 6 },
  { name: 'needs', labelKey: 'training.step.needs', rows: 3 },
  { name: 'helpers', labelKey: 'training.step.helpers', rows: 3 },
] as const;

/** Editing a step in one language; the German text stands beside a translation for reference. */
export function StepEditPage({
  stepId,
  position,
  reviewedAt,
  lang,
  german,
  values,
  errors,
}: {
  stepId: string;
  position: number;
  reviewedAt: Date;
  lang: LocaleCode;
  german: TrainingStepText;
  values: FormValues;
  errors?: FieldErrors;
}) {
  const { t, i18n } = usePage();
  const pageLang = i18n.locale.code;
  const action = `${MAINTENANCE_PATH}/schritte/${stepId}`;
  return (
    <div class="kern-stack">
      <PageHeading>{t('training.step_form.title', { position })}</PageHeading>
      <p class="kern-body">
        {t('training.step.reviewed')} <Day at={reviewedAt} />. {t('training.step_form.review_note')}
      </p>
      <nav aria-label={t('training.step_form.languages')}>
        <ul class="kern-list vr-training-languages">
          {LOCALE_CODES.map((code) => (
            <li key={code}>
              {code === lang ? (
                <strong aria-current="page">{t(`training.languages.${code}`)}</strong>
              ) : (
                <a class="kern-link" href={`${href(pageLang, action)}?sprache=${code}`}>
                  {t(`training.languages.${code}`)}
                </a>
              )}
            </li>
          ))}
        </ul>
      </nav>
      {lang !== 'de' ? (
        <div class="kern-alert kern-alert--info" role="note">
          <div class="kern-alert__body kern-stack" lang="de">
            <p class="kern-body">
              <strong>{german.title}</strong>
            </p>
            <p class="kern-body">{german.body}</p>
          </div>
        </div>
      ) : null}
      <Form action={`${href(pageLang, action)}?sprache=${lang}`}>
        <ErrorSummary errors={errors} />
        <p class="kern-body">
          {lang === 'de' ? t('training.step_form.german_required') : t('training.step_form.translation_optional')}
        </p>
        <div class="kern-stack" lang={lang}>
          <TextField
            name="title"
            label={t('training.step_form.field_title')}
            value={values.title}
            errors={errors}
            maxLength={TRAINING_LIMITS.title}
            required={lang === 'de'}
          />
          {STEP_TEXT_AREAS.map(({ name, labelKey, rows }) => (
            <TextArea
              key={name}
              name={name}
              label={t(labelKey)}
              value={values[name]}
              errors={errors}
              maxLength={TRAINING_LIMITS[name]}
              rows={rows}
              required={lang === 'de'}
            />
          ))}
        </div>
        <SubmitButton label={t('training.step_form.submit')} />
      </Form>
      <p class="kern-body">
        <a class="kern-link" href={href(pageLang, MAINTENANCE_PATH)}>
          {t('training.maintenance.back')}
        </a>
      </p>
    </div>
  );
}

/** Adding or editing a contact person (a chamber's training adviser or a city's contact point). */
export function ContactEditPage({
  contactId,
  values,
  errors,
}: {
  contactId: string | null;
  values: FormValues;
  errors?: FieldErrors;
}) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  const labels = useTrainingLabels();
  return (
    <div class="kern-stack">
      <PageHeading>
        {contactId ? t('training.contact_form.edit_title') : t('training.contact_form.add_title')}
      </PageHeading>
      <p class="kern-body">{t('training.contact_form.intro')}</p>
      <Form action={href(lang, `${MAINTENANCE_PATH}/kontakte/${contactId ?? 'neu'}`)}>
        <ErrorSummary errors={errors} />
        <RadioGroup
          name="kind"
          legend={t('training.contact_form.kind')}
          options={CONTACT_KINDS.map((value) => ({ value, label: t(`training.contact_form.kinds.${value}`) }))}
          values={values}
          errors={errors}
          required
        />
        <SelectField
          name="chamber"
          label={t('training.contact_form.chamber')}
          hint={t('training.contact_form.chamber_hint')}
          options={CHAMBERS.map((chamber) => ({ value: chamber.code, label: chamber.name, lang: 'de' }))}
          emptyLabel={t('training.check.choose')}
          value={valueOf(values, 'chamber')}
          errors={errors}
        />
        <SelectField
          name="city"
          label={t('training.check.city')}
          hint={t('training.contact_form.city_hint')}
          options={labels.cityOptions()}
          emptyLabel={t('training.check.choose')}
          value={valueOf(values, 'city')}
          errors={errors}
        />
        <TextField
          name="name"
          label={t('training.contact_form.name')}
          value={values.name}
          errors={errors}
          maxLength={TRAINING_LIMITS.name}
          required
        />
        <TextField
          name="unit"
          label={t('training.contact_form.unit')}
          value={values.unit}
          errors={errors}
          maxLength={TRAINING_LIMITS.unit}
          required
        />
        <TextField
          name="email"
          type="email"
          label={t('training.contacts.email')}
          value={values.email}
          errors={errors}
          autocomplete="off"
          required
        />
        <TextField
          name="phone"
          type="tel"
          label={t('training.contacts.phone')}
          value={values.phone}
          errors={errors}
          maxLength={TRAINING_LIMITS.phone}
          required
        />
        <SubmitButton label={t('training.contact_form.submit')} />
      </Form>
      <p class="kern-body">
        <a class="kern-link" href={href(lang, MAINTENANCE_PATH)}>
          {t('training.maintenance.back')}
        </a>
      </p>
    </div>
  );
}
