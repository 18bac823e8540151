import type { FieldErrors } from '../../../core/errors.js';
import { href, usePage } from '../../../core/http/page-context.js';
import { RadioGroup, valueOf, type FormValues } from '../../../ui/choice-fields.js';
import { DataTable } from '../../../ui/data-table.js';
import { ButtonForm, ErrorSummary, Form, PageHeading, SubmitButton, TextArea, TextField } from '../../../ui/form.js';
import { LabelledSection } from '../../../ui/section.js';
import { PARTNERSHIP_LIMITS } from '../schemas.js';
import type { Contact, PartnershipView } from '../use-cases/get-partnership.js';
import { ContactFields } from './contact-fields.js';
import { useLabels } from './labels.js';

export type PartnershipForm = 'accept' | 'decline' | 'review' | 'end';

export interface PartnershipFormState {
  form: PartnershipForm;
  values: FormValues;
  errors: FieldErrors;
}

/** One partnership as its two organisations see it: the agreement, contacts, public list, review and end. */
export function PartnershipPage({ data, state }: { data: PartnershipView; state?: PartnershipFormState | undefined }) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  const labels = useLabels();
  const base = `/bildungspartnerschaften/partnerschaften/${data.id}`;
  const values = (form: PartnershipForm) => (state?.form === form ? state.values : {});
  const errors = (form: PartnershipForm) => (state?.form === form ? state.errors : undefined);
  const own = data.ownSide === 'school' ? data.school : data.company;
  const partner = data.ownSide === 'school' ? data.company : data.school;
  const activityName = (id: string) => {
    const activity = data.activities.find((row) => row.id === id);
    return activity ? labels.activityOn(activity) : '';
  };
  const contact = (value: Contact | null) =>
    value ? (
      <>
        <bdi>{value.name}</bdi>
        {' · '}
        <a class="kern-link" href={`mailto:${value.email}`}>
          {value.email}
        </a>
        {value.phone ? (
          <>
            {' · '}
            <bdi>{value.phone}</bdi>
          </>
        ) : null}
      </>
    ) : (
      t('partnerships.contact.none')
    );
  return (
    <div class="kern-stack">
      <PageHeading>{t('partnerships.agreement.title', { partner: partner.name })}</PageHeading>
      <dl class="vr-facts">
        <dt>{t('partnerships.labels.status')}</dt>
        <dd>{t(`partnerships.status.${data.status}`)}</dd>
        <dt>{t('partnerships.labels.school')}</dt>
        <dd>
          <bdi>{data.school.name}</bdi> ({labels.city(data.school.city)})
        </dd>
        <dt>{t('partnerships.labels.company')}</dt>
        <dd>
          <bdi>{data.company.name}</bdi> ({labels.city(data.company.city)})
        </dd>
        <dt>{t('partnerships.labels.proposed_at')}</dt>
        <dd>{i18n.formatDate(data.proposedAt)}</dd>
        {data.answeredAt && data.status !== 'declined' ? (
          <>
            <dt>{t('partnerships.labels.agreed_at')}</dt>
            <dd>{i18n.formatDate(data.answeredAt)}</dd>
          </>
        ) : null}
        {data.reviewDueOn ? (
          <>
            <dt>{t('partnerships.labels.review_due_on')}</dt>
            <dd>{labels.day(data.reviewDueOn)}</dd>
          </>
        ) : null}
      </dl>
      {data.status === 'proposed' && !data.canAnswer ? (
        <p class="kern-body">{t('partnerships.agreement.waiting', { partner: partner.name })}</p>
      ) : null}
      {data.status === 'declined' ? (
        <p class="kern-body">{t('partnerships.agreement.declined', { reason: data.declineReason ?? '' })}</p>
      ) : null}
      {data.status === 'ended' && data.endedAt ? (
        <p class="kern-body">
          {t('partnerships.agreement.ended', { date: i18n.formatDate(data.endedAt), reason: data.endReason ?? '' })}
        </p>
      ) : null}
      {data.message ? (
        <LabelledSection id="message" heading={t('partnerships.agreement.message')}>
          <p class="kern-body">
            <bdi>{data.message}</bdi>
          </p>
        </LabelledSection>
      ) : null}

      <LabelledSection id="activities" heading={t('partnerships.agreement.activities')}>
        <DataTable
          caption={t('partnerships.agreement.activities')}
          rows={data.activities}
          rowKey={(row) => row.id}
          columns={[
            { header: t('partnerships.proposal.kind'), isRowHeader: true, cell: (row) => labels.activity(row.kind) },
            { header: t('partnerships.proposal.date'), cell: (row) => labels.day(row.plannedOn) },
          ]}
        />
      </LabelledSection>

      <LabelledSection id="contacts" heading={t('partnerships.contact.heading')}>
        <p class="kern-body">{t('partnerships.contact.visibility')}</p>
        <dl class="vr-facts">
          <dt>
            <bdi>{data.school.name}</bdi>
          </dt>
          <dd>{contact(data.school.contact)}</dd>
          <dt>
            <bdi>{data.company.name}</bdi>
          </dt>
          <dd>{contact(data.company.contact)}</dd>
        </dl>
      </LabelledSection>

      {data.canAnswer ? (
        <>
          <LabelledSection id="accept" heading={t('partnerships.agreement.accept_heading')}>
            <ErrorSummary errors={errors('accept')} idPrefix="accept-" />
            <Form action={href(lang, `${base}/annehmen`)} labelledBy="accept">
              <ContactFields idPrefix="accept-" values={values('accept')} errors={errors('accept')} />
              <SubmitButton label={t('partnerships.agreement.accept')} />
            </Form>
          </LabelledSection>
          <LabelledSection id="decline" heading={t('partnerships.agreement.decline_heading')}>
            <ReasonForm
              form="decline"
              action={href(lang, `${base}/ablehnen`)}
              label={t('partnerships.agreement.decline_reason')}
              submit={t('partnerships.agreement.decline')}
              state={state}
            />
          </LabelledSection>
        </>
      ) : null}

      {data.canSetConsent ? (
        <LabelledSection id="public-list" heading={t('partnerships.consent.heading')}>
          <p class="kern-body">
            {t(own.consent ? 'partnerships.consent.own_yes' : 'partnerships.consent.own_no')}{' '}
            {t(partner.consent ? 'partnerships.consent.partner_yes' : 'partnerships.consent.partner_no', {
              partner: partner.name,
            })}
          </p>
          <p class="kern-body">
            {t(
              data.status === 'active' && own.consent && partner.consent
                ? 'partnerships.consent.listed'
                : 'partnerships.consent.not_listed',
            )}
          </p>
          <ButtonForm
            action={href(lang, `${base}/veroeffentlichung`)}
            label={t(own.consent ? 'partnerships.consent.withdraw' : 'partnerships.consent.give')}
            fields={{ consent: own.consent ? 'no' : 'yes' }}
          />
        </LabelledSection>
      ) : null}

      {data.status === 'active' ? (
        <LabelledSection id="rueckblick" heading={t('partnerships.review.heading')}>
          <p class="kern-body">
            {data.reviewIsDue
              ? t('partnerships.review.due', { date: labels.day(data.reviewDueOn ?? '') })
              : data.hasReviewedRound
                ? t('partnerships.review.recorded', { date: labels.day(data.reviewDueOn ?? '') })
                : t('partnerships.review.upcoming', { date: labels.day(data.reviewDueOn ?? '') })}
          </p>
          <DataTable
            caption={t('partnerships.review.table')}
            isCaptionVisible
            rows={data.reviews}
            rowKey={(row) => `${row.activityId}-${row.side}-${row.roundDueOn}`}
            empty={t('partnerships.review.none')}
            columns={[
              {
                header: t('partnerships.review.activity'),
                isRowHeader: true,
                cell: (row) => activityName(row.activityId),
              },
              { header: t('partnerships.review.side'), cell: (row) => t(`partnerships.labels.${row.side}`) },
              {
                header: t('partnerships.review.took_place'),
                cell: (row) => t(row.tookPlace ? 'partnerships.review.yes' : 'partnerships.review.no'),
              },
              {
                header: t('partnerships.review.pupils'),
                isNumeric: true,
                cell: (row) => (row.pupils === null ? '–' : i18n.formatNumber(row.pupils)),
              },
              { header: t('partnerships.review.note'), hasOwnDirection: true, cell: (row) => row.note ?? '' },
            ]}
          />
          {data.canReview ? (
            <>
              <h3 class="kern-heading-small" id="review-form-title">
                {t('partnerships.review.form_heading')}
              </h3>
              <ErrorSummary errors={errors('review')} idPrefix="review-" />
              <Form action={href(lang, `${base}/rueckblick`)} labelledBy="review-form-title">
                {data.activities.map((activity) => (
                  <fieldset class="kern-fieldset" key={activity.id}>
                    <legend class="kern-label">{labels.activityOn(activity)}</legend>
                    <div class="kern-fieldset__body kern-stack">
                      <RadioGroup
                        idPrefix="review-"
                        name={`took_place_${activity.id}`}
                        legend={t('partnerships.review.took_place')}
                        options={[
                          { value: 'yes', label: t('partnerships.review.yes') },
                          { value: 'no', label: t('partnerships.review.no') },
                        ]}
                        values={values('review')}
                        errors={errors('review')}
                        required
                      />
                      <TextField
                        idPrefix="review-"
                        name={`pupils_${activity.id}`}
                        type="number"
                        min={0}
                        max={PARTNERSHIP_LIMITS.maxPupils}
                        label={t('partnerships.review.pupils')}
                        value={valueOf(values('review'), `pupils_${activity.id}`)}
                        errors={errors('review')}
                      />
                      <TextArea
                        idPrefix="review-"
                        name={`note_${activity.id}`}
                        label={t('partnerships.review.note')}
                        value={valueOf(values('review'), `note_${activity.id}`)}
                        maxLength={PARTNERSHIP_LIMITS.note}
                        errors={errors('review')}
                        rows={2}
                      />
                    </div>
                  </fieldset>
                ))}
                <SubmitButton label={t('partnerships.review.submit')} />
              </Form>
            </>
          ) : null}
        </LabelledSection>
      ) : null}

      {data.canEnd ? (
        <LabelledSection id="end" heading={t('partnerships.end.heading')}>
          <p class="kern-body">{t('partnerships.end.lead')}</p>
          <ReasonForm
            form="end"
            action={href(lang, `${base}/beenden`)}
            label={t('partnerships.end.reason')}
            submit={t('partnerships.end.submit')}
            state={state}
          />
        </LabelledSection>
      ) : null}
      <p>
        <a class="kern-link" href={href(lang, '/bildungspartnerschaften/meine')}>
          {t('partnerships.own.back')}
        </a>
      </p>
    </div>
  );
}

/** Declining and ending ask for the same thing: a reason, in a form of its own on the page. */
function ReasonForm(props: {
  form: 'decline' | 'end';
  action: string;
  label: string;
  submit: string;
  state: PartnershipFormState | undefined;
}) {
  const shown = props.state?.form === props.form ? props.state : undefined;
  const idPrefix = `${props.form}-`;
  return (
    <>
      <ErrorSummary errors={shown?.errors} idPrefix={idPrefix} />
      <Form action={props.action} labelledBy={props.form}>
        <TextArea
          idPrefix={idPrefix}
          name="reason"
          label={props.label}
          value={valueOf(shown?.values ?? {}, 'reason')}
          maxLength={PARTNERSHIP_LIMITS.reason}
          errors={shown?.errors}
          rows={3}
          required
        />
        <SubmitButton label={props.submit} variant="secondary" />
      </Form>
    </>
  );
}
